import { trackEvent } from './analytics';
import { EVENTS } from './events';

export function onProductViewed(product: { sku: string; category: string; price: number }): void {
  trackEvent(EVENTS.SHOP.PRODUCT_VIEWED, {
    productSku: product.sku,
    category: product.category,
    price: product.price,
    currency: 'EUR',
  });
}

export function onAddedToCart(sku: string, quantity: number): void {
  trackEvent(EVENTS.SHOP.ADDED_TO_CART, { productSku: sku, quantity, currency: 'EUR' });
}

export function onCheckout(cart: { total: number; items: unknown[] }): void {
  trackEvent(EVENTS.SHOP.CHECKOUT_STARTED, { cartValue: cart.total, currency: 'EUR', itemCount: cart.items.length });
}

export function onSearch(query: string, results: unknown[]): void {
  // trackplan: not in the plan; the plan's event is `Search performed` (known-event)
  trackEvent('Searched products', { query, resultCount: results.length });
}
