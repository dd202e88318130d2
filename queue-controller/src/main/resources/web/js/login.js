// Staff login: managers go to the dashboard, clerks to the console of their window.
'use strict';
HQ.words({
  'login.system': ['政务服务大厅排队叫号系统', 'Service hall queue system'],
  'login.title': ['工作人员登录', 'Staff login'],
  'login.user': ['用户名', 'User name'],
  'login.password': ['密码', 'Password'],
  'login.submit': ['登录', 'Log in'],
  'login.help': ['忘记密码请联系大厅管理员。', 'Forgot your password? Ask the hall manager.'],
  'login.noWindow': ['您的账号尚未分配窗口，请联系大厅管理员。', 'No window is assigned to your account yet; ask the hall manager.'],
  'login.loggedOut': ['您已退出登录。', 'You have logged out.'],
});

(() => {
  const $ = id => document.getElementById(id);
  const params = new URLSearchParams(location.search);

  function say(kind, text) {
    $('login-message').replaceChildren(HQ.el('div', { class: 'notice ' + kind, id: 'login-notice', text }));
  }

  function landing(me) {
    const next = params.get('next');
    if (next && /^\/staff\/[A-Za-z0-9/_-]*$/.test(next)) return next;
    if (me.role === 'MANAGER') return '/staff/dashboard';
    return me.windows.length ? '/staff/window/' + me.windows[0] : null;
  }

  function go(me) {
    const target = landing(me);
    if (target) location.href = target;
    else say('warn', HQ.t('login.noWindow'));
  }

  $('login-form').addEventListener('submit', async e => {
    e.preventDefault();
    $('login-button').disabled = true;
    const r = await HQ.api('POST', '/api/v1/auth/login', { user: $('user').value.trim(), password: $('password').value });
    $('login-button').disabled = false;
    if (r.ok) {
      go(r.data);
    } else {
      $('password').value = '';
      say('error', HQ.problemText(r.problem));
    }
  });

  const why = params.get('why');
  if (why === 'SESSION_EXPIRED' || why === 'UNAUTHENTICATED') say('warn', HQ.t('problem.' + why));
  if (why === 'LOGGED_OUT') say('ok', HQ.t('login.loggedOut'));
  if (!why) HQ.api('GET', '/api/v1/auth/me').then(r => { if (r.ok) go(r.data); });
})();
