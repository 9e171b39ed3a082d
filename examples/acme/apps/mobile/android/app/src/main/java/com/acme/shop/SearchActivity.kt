package com.acme.shop

import com.mixpanel.android.mpmetrics.MixpanelAPI
import org.json.JSONObject

class SearchActivity : AppCompatActivity() {
    private val mixpanel: MixpanelAPI by lazy { MixpanelAPI.getInstance(this, BuildConfig.MIXPANEL_TOKEN, true) }

    fun onResults(query: String, results: List<Product>) {
        mixpanel.track(Events.SEARCH, JSONObject().put("query", query).put("resultCount", results.size.toString()))
        mixpanel.people.set("usedMobileApp", true)
    }
}
