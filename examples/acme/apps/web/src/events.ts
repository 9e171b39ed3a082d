/** Event names as constants, the way most web code refers to them. */
export const EVENTS = {
  AUTH: {
    SIGN_UP: 'User signs up',
    LOG_IN: 'User logs in',
  },
  SHOP: {
    PRODUCT_VIEWED: 'Product viewed',
    ADDED_TO_CART: 'Product added to cart',
    CHECKOUT_STARTED: 'Checkout started',
  },
} as const;
