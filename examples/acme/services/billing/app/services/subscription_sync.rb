require 'mixpanel-ruby'

# Tells Mixpanel about billing changes, after Stripe's webhooks.
class SubscriptionSync
  STARTED = 'Subscription started'.freeze

  def initialize(user)
    @user = user
  end

  def tracker
    @tracker ||= Mixpanel::Tracker.new(ENV.fetch('MIXPANEL_TOKEN'))
  end

  def started(subscription)
    tracker.track(@user.uuid, STARTED, {
      'plan' => subscription.plan,
      'billingPeriod' => 'anual'
    })
    tracker.people.set(@user.uuid, { 'plan' => subscription.plan })
  end

  def refunded(order)
    tracker.track(@user.email, 'Order Refunded', { orderId: order.uuid, amount: order.total, reason: :other })
  end
end
