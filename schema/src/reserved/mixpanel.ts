import type { VendorReservedNames } from './vendor.js';

/** Set by the SDK or ingestion for every event; defining them as event properties is an error. */
export const SDK_EVENT_PROPERTIES: ReadonlySet<string> = new Set(['distinct_id', 'token', 'time']);

/** Mixpanel's reserved and default property names, from its SDKs and its docs on default properties. */
export const MIXPANEL: VendorReservedNames = {
  vendor: 'mixpanel',
  label: 'Mixpanel',
  events: new Set(['$identify', '$create_alias', '$merge', '$mp_web_page_view', '$mp_session_record', 'mp_page_view', '$campaign_delivery', '$campaign_open', '$ae_first_open', '$ae_session', '$ae_updated', '$ae_crashed', '$ae_iap']),
  eventProperties: new Set([
    ...SDK_EVENT_PROPERTIES,
    'ip', '$insert_id', '$device_id', '$user_id', '$groups', '$source', '$duration', '$event_name',
    'mp_lib', '$lib_version', 'mp_country_code', 'mp_processing_time_ms', 'mp_sent_by_lib_version',
    '$city', '$region', '$country_code', '$os', '$os_version', '$browser', '$browser_version', '$device', '$model',
    '$manufacturer', '$brand', '$carrier', '$radio', '$wifi', '$bluetooth_enabled', '$bluetooth_version', '$has_nfc',
    '$has_telephone', '$screen_height', '$screen_width', '$screen_dpi', '$current_url', '$referrer', '$referring_domain',
    '$initial_referrer', '$initial_referring_domain', '$search_engine', '$app_version', '$app_version_string',
    '$app_build_number', '$app_release', '$ios_ifa', '$android_app_version', '$android_app_version_code', '$lib',
    '$mp_api_endpoint', '$mp_api_timestamp_ms', '$import', '$latitude', '$longitude', '$geo_source', '$timezone',
    'utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content', 'utm_id', 'gclid', 'fbclid', 'msclkid',
    'mp_page_view_id', '$mp_autocapture', '$el_text', '$el_tag_name', '$el_attr__href', '$elements',
  ]),
  peopleProperties: new Set([
    '$distinct_id', '$email', '$phone', '$name', '$first_name', '$last_name', '$avatar', '$created', '$last_seen',
    '$city', '$region', '$country_code', '$timezone', '$geo_source', '$unsubscribed', '$android_devices', '$ios_devices',
    '$android_app_version', '$ios_app_version', '$ios_app_release', '$android_app_version_code', '$os', '$browser',
    '$browser_version', '$initial_referrer', '$initial_referring_domain', '$predict_grade', '$transactions',
    '$marketing:optout', '$sms', '$braze_external_id', '$onesignal_user_id', '$twilio_sms', '$ios_ifa',
    '$android_lib_version', '$ios_lib_version', '$android_os', '$ios_version', '$ios_device_model', '$android_model',
    '$android_manufacturer', '$android_brand',
  ]),
  prefixes: [],
};
