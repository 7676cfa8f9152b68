import Fuse from 'fuse.js';
for (const t of ['shiwenguangxinju','kaitongguojihangxianshu','wenguangxinju', 'xinkaitongguojihangxian5tiaoyishang'])
  console.log(t, Fuse.match('hangxain', t, { threshold: 0.25, ignoreLocation: true, isCaseSensitive: true }));
