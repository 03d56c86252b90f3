// Placeholder until this page is built.
export function TemplateGalleryPage() {
  return <p>TemplateGalleryPage is being built.</p>;
}
