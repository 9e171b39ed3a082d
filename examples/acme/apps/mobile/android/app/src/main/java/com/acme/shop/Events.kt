package com.acme.shop

/** The event names the Android app sends, one place for every screen. */
object Events {
    const val SEARCH = "Search performed"
}
