import Mixpanel

/// The native iOS checkout, which ships beside the React Native app.
enum AnalyticsEvent: String {
    case productViewed = "Product viewed"
    case checkoutStarted = "Checkout started"
}

final class CheckoutViewModel {
    private let mixpanel: MixpanelInstance = Mixpanel.mainInstance()

    func didOpen(product: Product) {
        mixpanel.track(event: AnalyticsEvent.productViewed.rawValue, properties: [
            "productId": product.id,
            "price": "19.99",
        ])
    }

    func didStartCheckout(cart: Cart, user: User) {
        mixpanel.track(event: AnalyticsEvent.checkoutStarted.rawValue, properties: ["cartValue": cart.total, "currency": "EUR"])
        mixpanel.people.set(properties: ["lifetimeValue": user.lifetimeValue])
    }
}
