/**
 * A site's greeting to its visitor at the start of a line (`欢迎访问某某网`, `您好，欢迎来到…`): its
 * top bar, whose date beside it is the reader's day, not any page's.
 */
export const SITE_GREETING_START = /^(?:您好[，,!！]?\s*)?欢迎(?:您|你)?(?:访问|来到|光临|登录)/;
