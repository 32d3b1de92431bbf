/**
 * The 1200×630 link-preview card shared by code pages and blog posts, drawn by next/og (inline styles are
 * what its renderer understands; the image is not part of any page's DOM).
 */

export function OgCard({
  eyebrow,
  title,
  titleSize,
  subtitle,
  footer,
}: {
  eyebrow: string;
  title: string;
  titleSize: number;
  subtitle?: string;
  footer: string;
}) {
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: 72,
        background: "#0f3d47",
        color: "#ffffff",
      }}
    >
      <div style={{ display: "flex", fontSize: 32, color: "#a5e3ec" }}>{eyebrow}</div>
      <div style={{ display: "flex", flexDirection: "column", gap: 16 }}>
        <div style={{ display: "flex", fontSize: titleSize, fontWeight: 700, lineHeight: 1.15 }}>
          {title}
        </div>
        {subtitle && (
          <div
            style={{ display: "flex", fontSize: subtitle.length > 50 ? 48 : 60, lineHeight: 1.15 }}
          >
            {subtitle}
          </div>
        )}
      </div>
      <div style={{ display: "flex", fontSize: 32, color: "#d7eef2" }}>{footer}</div>
    </div>
  );
}
