import { randomUUID } from 'node:crypto';
import { mixpanel, serverTrack } from './lib/analytics';

interface Order {
  id: string;
  userId: string;
  total: number;
  currency: string;
  coupon?: string;
  paymentMethod: 'card' | 'paypal' | 'applePay' | 'googlePay';
}

export function onOrderPaid(order: Order, lifetimeValue: number): void {
  serverTrack(order.userId, 'Order completed', {
    orderId: order.id,
    revenue: order.total,
    currency: order.currency,
    couponCode: order.coupon,
    paymentMethod: order.paymentMethod,
    $insert_id: randomUUID(),
  });
  // trackplan: no `$ip: 0` / `$ignore_time: true`: Mixpanel would place the user at the data centre (server-people-modifiers)
  mixpanel.people.set(order.userId, { lifetimeValue });
}

export function onOrderRefunded(order: Order, amount: number): void {
  // trackplan: `wrongItem` is not one of the plan's refund reasons (valid-properties)
  serverTrack(order.userId, 'Order refunded', { orderId: order.id, amount, reason: 'wrongItem' });
}
