import type { VendorReservedNames } from './vendor.js';

/**
 * PostHog's own events and properties, from its property taxonomy (posthog/property_definitions)
 * and its SDKs: `$set` and `$set_once` in an event's properties update the person.
 */
export const POSTHOG: VendorReservedNames = {
  vendor: 'posthog',
  label: 'PostHog',
  events: new Set([
    '$pageview', '$pageleave', '$screen', '$autocapture', '$identify', '$create_alias', '$merge_dangerously', '$groupidentify',
    '$set', '$feature_flag_called', '$feature_view', '$feature_interaction', '$survey_shown', '$survey_sent', '$survey_dismissed',
    '$exception', '$rageclick', '$dead_click', '$copy_autocapture', '$web_vitals', '$opt_in', '$snapshot', '$ai_generation',
  ]),
  eventProperties: new Set([
    'distinct_id', 'token', '$set', '$set_once', '$unset', '$groups', '$group_type', '$group_key', '$group_set',
    '$current_url', '$host', '$pathname', '$referrer', '$referring_domain', '$screen_name', '$screen_height', '$screen_width',
    '$viewport_height', '$viewport_width', '$session_id', '$window_id', '$pageview_id', '$device_id', '$anon_distinct_id',
    '$insert_id', '$ip', '$timestamp', '$time', '$lib', '$lib_version', '$os', '$os_name', '$os_version', '$browser',
    '$browser_version', '$browser_type', '$device_type', '$device_name', '$device_manufacturer', '$app_build', '$app_name',
    '$app_version', '$app_namespace', '$locale', '$timezone', '$feature_flag', '$feature_flag_response',
    '$feature_flag_payload', '$active_feature_flags', '$process_person_profile', '$el_text', '$event_type',
    '$session_duration', '$raw_user_agent', '$is_identified', '$is_emulator', '$touch_x', '$touch_y', '$copy_type',
    '$selected_content', '$prev_pageview_pathname', '$prev_pageview_duration',
  ]),
  peopleProperties: new Set([
    '$email', '$name', '$initial_referrer', '$initial_referring_domain', '$initial_current_url', '$initial_pathname',
    '$initial_browser', '$initial_os', '$initial_device_type', '$creator_event_uuid', '$geoip_city_name',
  ]),
  prefixes: ['$survey_', '$geoip_', '$exception_', '$feature/', '$feature_enrollment/', '$session_recording_', '$group_', '$initial_', '$ai_', '$web_vitals_'],
};
