// A live report's desk: the picture number becomes a picker button (the editor's picker), and the send button
// cannot send the same update twice while the first is on its way. Without JavaScript the number is typed.
document.addEventListener('DOMContentLoaded', function () {
  var form = document.getElementById('live-post');
  if (!form) { return; }
  var send = document.getElementById('send-update');
  form.addEventListener('submit', function () {
    // after this event, so the click still submits; a second click finds the button disabled
    setTimeout(function () { send.disabled = true; send.textContent = 'Mengirim…'; }, 0);
  });
  var picker = window.RedaksiPicker;
  var field = document.getElementById('gambar');
  var pick = document.getElementById('pick-live-picture');
  var thumb = document.getElementById('live-picture-thumb');
  if (!picker || !field || !picker.available()) { return; }
  field.type = 'hidden';
  pick.hidden = false;
  document.querySelector('label[for=gambar]').htmlFor = 'pick-live-picture';
  pick.addEventListener('click', function () {
    picker.open(function (item) {
      field.value = String(item.id);
      thumb.src = item.thumbnail;
      thumb.hidden = false;
      pick.textContent = 'Ganti gambar';
      pick.focus();
    });
  });
});
