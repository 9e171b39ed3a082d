from enum import Enum


class Events(str, Enum):
    ORDER_COMPLETED = "Order completed"
    SUBSCRIPTION_STARTED = "Subscription started"
