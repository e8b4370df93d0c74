// The emoji shortcodes a provisioning bot is likely to use; others stay as their :code: text.
const EMOJI = {
  '+1': '👍', '-1': '👎', thumbsup: '👍', thumbsdown: '👎', white_check_mark: '✅', heavy_check_mark: '✔️',
  ballot_box_with_check: '☑️', x: '❌', negative_squared_cross_mark: '❎', warning: '⚠️', no_entry: '⛔',
  no_entry_sign: '🚫', stop_sign: '🛑', rotating_light: '🚨', sos: '🆘', exclamation: '❗', question: '❓',
  bangbang: '‼️', information_source: 'ℹ️', hourglass: '⌛', hourglass_flowing_sand: '⏳', stopwatch: '⏱️',
  alarm_clock: '⏰', clock3: '🕒', calendar: '📅', date: '📅', rocket: '🚀', tada: '🎉', checkered_flag: '🏁',
  construction: '🚧', building_construction: '🏗️', hammer_and_wrench: '🛠️', wrench: '🔧', gear: '⚙️',
  lock: '🔒', unlock: '🔓', key: '🔑', closed_lock_with_key: '🔐', shield: '🛡️', cloud: '☁️', zap: '⚡',
  fire: '🔥', boom: '💥', bell: '🔔', no_bell: '🔕', email: '✉️', envelope: '✉️', 'e-mail': '📧',
  incoming_envelope: '📨', inbox_tray: '📥', outbox_tray: '📤', memo: '📝', pencil: '📝', pencil2: '✏️',
  clipboard: '📋', page_facing_up: '📄', bookmark_tabs: '📑', file_folder: '📁', open_file_folder: '📂',
  card_index_dividers: '🗂️', link: '🔗', mag: '🔍', eyes: '👀', bust_in_silhouette: '👤', busts_in_silhouette: '👥',
  office: '🏢', classical_building: '🏛️', house: '🏠', japan: '🗾', earth_asia: '🌏', chart_with_upwards_trend: '📈',
  bar_chart: '📊', arrows_counterclockwise: '🔄', repeat: '🔁', arrow_right: '➡️', arrow_forward: '▶️',
  leftwards_arrow_with_hook: '↩️', pause_button: '⏸️', heavy_plus_sign: '➕', heavy_minus_sign: '➖',
  large_green_circle: '🟢', large_yellow_circle: '🟡', large_orange_circle: '🟠', red_circle: '🔴',
  large_blue_circle: '🔵', white_circle: '⚪', black_circle: '⚫', new: '🆕', ok: '🆗', robot_face: '🤖',
  wave: '👋', pray: '🙏', raised_hands: '🙌', bulb: '💡', dart: '🎯', anchor: '⚓', link_chain: '🔗',
};

export function emojify(text) {
  return text.replace(/:([a-z0-9_+-]+):/g, (whole, name) => EMOJI[name] ?? whole);
}
