/** data-* attributes a control passes on to its root element (Param says which parameter it sets). */
export type DataAttributes = { [key: `data-${string}`]: string | number | undefined };
