/**
 * Taobao/Tmall 发布宝贝 (publish) form: `item.upload.taobao.com/sell/publish.htm` (and `/sell/v2/publish.htm`,
 * 2020-) and the 千牛 workbench route `myseller.taobao.com/.../publish`. The 2020- form is built from
 * Fusion Next components in `#struct-<field>` blocks: 宝贝标题 `#struct-title input`, 宝贝描述 a rich
 * editor in `#struct-descForPC`. The older form (-2020) had `input#TitleID`.
 */
import { queryParam, type ListingEditor } from '../editor-kit';

const UPLOAD_PATH = /^\/sell\/(?:v2\/)?publish\.htm(?:[/?#]|$)/i;
const WORKBENCH = /(?:^|\/)publish(?:\.htm)?(?:[/?#]|$)/i;

export const taobaoEditor: ListingEditor = {
  id: 'taobao/listing-edit',
  market: 'taobao',
  // 千牛 is a single-page workbench: the publish form opens from the goods list without a page load.
  matches: ['https://item.upload.taobao.com/sell/*', 'https://myseller.taobao.com/*'],
  matchUrl: (url) => {
    const host = url.hostname.toLowerCase();
    if (host === 'item.upload.taobao.com') return UPLOAD_PATH.test(url.pathname);
    if (host === 'myseller.taobao.com')
      return WORKBENCH.test(url.pathname) || WORKBENCH.test(url.hash.slice(1));
    return false;
  },
  productKey: (url) => queryParam(url, 'itemId', 'item_num_id', 'id'),
  fields: [
    {
      field: 'title',
      selectors: [
        'input#TitleID', // publish.htm (-2020)
        '#struct-title input', // sell/v2 (2020-)
      ],
      labels: ['宝贝标题', '商品标题', '标题'],
    },
    {
      field: 'description',
      selectors: [
        '#struct-descForPC [contenteditable="true"], #struct-descForPC textarea', // 2020-
        '#struct-desc [contenteditable="true"], #struct-desc textarea',
      ],
      labels: ['宝贝描述', '电脑端描述', '商品描述'],
    },
    {
      // 类目属性 › 品牌: a row of #struct-catProp with no id of its own, found by its label.
      field: 'brand',
      selectors: [],
      labels: ['品牌'],
    },
  ],
};
