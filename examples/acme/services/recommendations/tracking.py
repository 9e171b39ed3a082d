from .analytics import mp
from .events import Events


def order_completed(user, order):
    mp.track(user.uuid, Events.ORDER_COMPLETED, {
        "orderId": str(order.uuid),
        "revenue": "49.90",
        "currency": order.currency,
    })
    mp.people_increment(user.uuid, {"lifetimeValue": order.total}, meta={"$ip": 0, "$ignore_time": True})


def backfill_plan(user):
    # trackplan-disable-next-line stable-identity -- the 2019 export has only emails
    mp.people_set(user.email, {"plan": "pro"}, meta={"$ip": 0, "$ignore_time": True})
    mp.people_set_once(user.uuid, {"plan": "pro"})
