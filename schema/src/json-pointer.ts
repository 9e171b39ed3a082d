/** A JSON Pointer reference token (RFC 6901) as the key it names: `~1` is `/`, `~0` is `~`. */
export const decodePointerSegment = (segment: string): string => segment.replace(/~1/g, '/').replace(/~0/g, '~');
