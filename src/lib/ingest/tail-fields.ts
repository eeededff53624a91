// The fields of a page's footer under its text: a key and its value, a box's label over them, an
// attachment list's label. Once one of them stands under the text, what follows is the footer.

/**
 * A page-tail field, whatever its label: `值班编辑：某某`, `（编辑：某某 审核：某某）`, `电话：0000-1234567`,
 * a key over a value that closes no sentence (`办理时间：工作日…（节假日除外）`), a line of links or a key
 * and its value set apart by `|` or `丨` (`图文来源丨某某`) or by a slash (`编辑 / 某某`), a copyright sign.
 */
export const TAIL_FIELD =
	/^[（(【[]?[\u3400-\u9fff]{2,6}\s*[:：]\s*\S{1,30}(?:\s|$)|^[\u3400-\u9fff]{2,6}[:：][^。！？]{1,60}$|^[^。！？]{0,40}[|｜丨][^。！？]{0,40}$|^[\u3400-\u9fff]{2,6}\s*[/／]\s*[^。！？，/／]{1,30}$|©|[Cc]opyright/;

/**
 * A box's label alone on its line (`【便民服务】`, `温馨提示`): over the page's fields it heads them. Bare,
 * it has four Han characters at least, more than a signature's name.
 */
export const BOX_LABEL = /^(?:【[\u3400-\u9fff]{2,8}】|[\u3400-\u9fff]{4,8})[:：]?$/;

/** An attachment list's label alone on its line: `【附件】`, `下载附件：`, `相关附件`, `附件下载`. */
export const ATTACHMENT_LABEL = /^[【[]?(?:相关|下载)?附件(?:下载|列表)?[】\]]?\s*[:：]?$/;
