import React, { useEffect } from 'react';
import { Text } from 'react-native';
import { mixpanel } from '../analytics';

interface Product {
  sku: string;
  name: string;
  price: number;
}

export function ProductScreen({ product }: { product: Product }) {
  useEffect(() => {
    // trackplan: casing differs from the plan's `Product viewed` (known-event)
    mixpanel.track('Product Viewed', { productSku: product.sku, price: product.price, currency: 'EUR' });
  }, [product.sku]);

  const addToCart = () =>
    // trackplan: quantity must be an integer, and `GBP ` does not match the currency pattern (valid-properties)
    mixpanel.track('Product added to cart', { productSku: product.sku, quantity: '1', currency: 'GBP ' });

  return <Text onPress={addToCart}>{product.name}</Text>;
}
