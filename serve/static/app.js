// nianbao serve: optional enhancements. Every page works without this file.
"use strict";

document.addEventListener("DOMContentLoaded", function () {
  guardUpload(document.getElementById("audit-form"));
  addFindingsFilter(document.getElementById("rules-table"));
});

// guardUpload stops a form whose files exceed the upload limit before it is
// sent, and shows that the check is running once it is.
function guardUpload(form) {
  if (!form) return;
  var limit = Number(form.dataset.maxUpload) || 0;
  form.addEventListener("submit", function (ev) {
    var total = 0;
    form.querySelectorAll("input[type=file]").forEach(function (input) {
      Array.prototype.forEach.call(input.files || [], function (f) { total += f.size; });
    });
    if (limit && total > limit) {
      ev.preventDefault();
      showError(form, "所选文件共 " + mb(total) + "，超过上传上限 " + mb(limit) + "。");
      return;
    }
    var button = document.getElementById("submit");
    if (button) {
      button.disabled = true;
      button.textContent = "正在检查…";
    }
  });
}

function mb(n) { return (n / 1048576).toFixed(1) + " MB"; }

function showError(form, text) {
  var box = document.getElementById("error");
  if (!box) {
    box = document.createElement("div");
    box.id = "error";
    box.className = "alert";
    box.setAttribute("role", "alert");
    form.parentNode.insertBefore(box, form);
  }
  box.textContent = text;
}

// addFindingsFilter adds a switch that hides the rules that passed or do
// not apply.
function addFindingsFilter(table) {
  if (!table) return;
  var label = document.createElement("label");
  var box = document.createElement("input");
  box.type = "checkbox";
  box.id = "only-findings";
  label.appendChild(box);
  label.appendChild(document.createTextNode(" 只看需要处理的规则"));
  box.addEventListener("change", function () {
    table.classList.toggle("only-findings", box.checked);
  });
  table.parentNode.insertBefore(label, table);
}
