/**
 * Mixpanel's reserved and default property names. Analytics SDKs and Mixpanel's ingestion set or
 * read these; a plan may describe them (`$email` on a profile), code may always send them, and a
 * hand-made `$` or `mp_` name that is not here is a typo or a clash waiting to happen.
 */

/** Set by the SDK or ingestion for every event; defining them as event properties is an error. */
export const SDK_EVENT_PROPERTIES: ReadonlySet<string> = new Set(['distinct_id', 'token', 'time']);

/** Properties every event may carry without the plan listing them. */
export const RESERVED_EVENT_PROPERTIES: ReadonlySet<string> = new Set([
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
]);

/** Reserved and default profile properties, which the plan's `people` section may define. */
export const RESERVED_PEOPLE_PROPERTIES: ReadonlySet<string> = new Set([
  '$distinct_id', '$email', '$phone', '$name', '$first_name', '$last_name', '$avatar', '$created', '$last_seen',
  '$city', '$region', '$country_code', '$timezone', '$geo_source', '$unsubscribed', '$android_devices', '$ios_devices',
  '$android_app_version', '$ios_app_version', '$ios_app_release', '$android_app_version_code', '$os', '$browser',
  '$browser_version', '$initial_referrer', '$initial_referring_domain', '$predict_grade', '$transactions',
  '$marketing:optout', '$sms', '$braze_external_id', '$onesignal_user_id', '$twilio_sms', '$ios_ifa',
  '$android_lib_version', '$ios_lib_version', '$android_os', '$ios_version', '$ios_device_model', '$android_model',
  '$android_manufacturer', '$android_brand',
]);

/** Properties that only Mixpanel may name: they start with `$` or `mp_`. */
export const isMixpanelNamespaced = (name: string): boolean => name.startsWith('$') || name.startsWith('mp_');
