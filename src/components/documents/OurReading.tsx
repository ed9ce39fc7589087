/** The label on anything that is this product's interpretation rather than the article's own words. */
export function OurReading() {
  return <span className="tag tag--assumption">Our reading</span>;
}
