// Small progressive enhancements for the back office; every page works without this file.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    // The print button of the 信息发布审批单 (hidden unless script runs; inline handlers are blocked by CSP).
    document.querySelectorAll('[data-print]').forEach(function (b) {
      b.hidden = false;
      b.addEventListener('click', function () { window.print(); });
    });
    // Bring the error summary into view and focus so screen readers announce it first.
    var summary = document.getElementById('error-summary');
    if (summary) {
      summary.focus();
    }
  });
})();
