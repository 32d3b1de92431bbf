import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypeScript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypeScript,
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      ".bench-next/**",
      "node_modules/**",
      "test-results/**",
      "playwright-report/**",
      "content/**",
      "public/islands/**",
    ],
  },
];

export default config;
