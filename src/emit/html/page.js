// Escape hides the tooltip of the highlight or claim badge under the pointer or holding the focus (WCAG 2.2,
// 1.4.13 Content on Hover or Focus: dismissible); it shows again once the focus or the pointer
// leaves that highlight. Everything else on the page works without this script.
(function(){
function hl(t){return t&&t.closest?t.closest('.m,.cn'):null}
document.addEventListener('keydown',function(e){if(e.key==='Escape'){document.querySelectorAll('.m:hover,.m:focus-within,.cn:hover,.cn:focus').forEach(function(m){m.classList.add('x')})}});
document.addEventListener('focusout',function(e){var m=hl(e.target);if(m&&!m.contains(e.relatedTarget))m.classList.remove('x')});
document.addEventListener('mouseout',function(e){var m=hl(e.target);if(m&&!m.contains(e.relatedTarget))m.classList.remove('x')});
})();
