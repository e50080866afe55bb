// Ticket forms: refuse an attachment over the size limit before sending, so the reader keeps what they typed.
document.addEventListener('submit', function (event) {
  var inputs = event.target.querySelectorAll('input[type=file][data-max-bytes]');
  for (var i = 0; i < inputs.length; i++) {
    var input = inputs[i];
    var max = Number(input.getAttribute('data-max-bytes'));
    if (input.files && input.files.length > 0 && input.files[0].size > max) {
      event.preventDefault();
      input.setCustomValidity(input.getAttribute('data-too-large'));
      input.reportValidity();
      input.addEventListener('change', function () { this.setCustomValidity(''); }, { once: true });
      return;
    }
  }
});
