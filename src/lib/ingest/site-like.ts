import { isPublisherName } from './outlets.ts';

/** True for a site's or publisher's name: `某某县人民政府`, `中国·某某`, `某某新闻网`, `今日某某`. */
export function isSiteLike(name: string): boolean {
	const bare = name.replace(/^中国\s*[·•]?\s*/, '');
	if (bare !== name && /^[\u3400-\u9fff]{2,10}$/.test(bare)) return true;
	// A county paper named for its place: 今日某某.
	if (/^今日[\u3400-\u9fff]{2,8}$/.test(name)) return true;
	return (
		isPublisherName(name) ||
		/^[\u3400-\u9fff]{2,16}(?:网|网站|门户|政务网|政府网|在线|之窗|(?:公开|服务|政务|信息)平台)$/.test(
			name,
		)
	);
}
