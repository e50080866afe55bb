// The comment and report forms on cached pages carry an empty CSRF field (a cached page cannot hold a reader's
// token). On first use of such a form this fetches a token (which also sets the XSRF-TOKEN cookie) and fills it
// in. Without JavaScript, or if this fails, the server answers the post with a page that has a token.
(function () {
  var forms = document.querySelectorAll('form[data-csrf-fill]');
  if (!forms.length || !window.fetch || !window.Promise) {
    return;
  }
  var pending = null;
  function load() {
    if (!pending) {
      pending = fetch('/comments/token', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (response) {
          if (!response.ok) {
            throw new Error('token ' + response.status);
          }
          return response.json();
        })
        .then(function (token) {
          Array.prototype.forEach.call(forms, function (form) {
            var field = form.querySelector('input[name="' + token.parameterName + '"]');
            if (field) {
              field.value = token.token;
            }
          });
        })
        .catch(function () {
          pending = null;
        });
    }
    return pending;
  }
  Array.prototype.forEach.call(forms, function (form) {
    form.addEventListener('focusin', load);
    form.addEventListener('submit', function (event) {
      var field = form.querySelector('input[name="_csrf"]');
      if (field && !field.value) {
        event.preventDefault();
        load().then(function () {
          form.submit();
        });
      }
    });
  });
})();
