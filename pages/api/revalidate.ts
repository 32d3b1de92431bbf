/**
 * POST /api/revalidate with `Authorization: Bearer $REVALIDATE_SECRET` and `{"codes": ["D3351"]}`:
 * publishes corrected records without a rebuild (docs/deploy.md, "Publishing a correction"). A Pages
 * Router API route because `res.revalidate` regenerates the prerendered code pages of getStaticProps.
 */
import type { NextApiRequest, NextApiResponse } from "next";

import { cacheHeaders } from "@/lib/cache-policy";
import { revalidateCodes } from "@/lib/revalidation/revalidate-codes";

export default async function revalidate(request: NextApiRequest, response: NextApiResponse) {
  const result = await revalidateCodes(
    { method: request.method, authorization: request.headers.authorization, body: request.body },
    {
      secret: process.env.REVALIDATE_SECRET,
      revalidate: (path, { onlyGenerated }) =>
        response.revalidate(path, { unstable_onlyGenerated: onlyGenerated }),
    },
  );
  for (const [name, value] of Object.entries({
    ...cacheHeaders("revalidateApi"),
    ...result.headers,
  }))
    response.setHeader(name, value);
  // What changed, for the server log; never the request's headers, which carry the secret.
  if (result.status === 200) console.info(`revalidated ${String(result.body.revalidated)}`);
  response.status(result.status).json(result.body);
}
