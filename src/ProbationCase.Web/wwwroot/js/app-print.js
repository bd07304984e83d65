// Progressive enhancement for _PrintAction.cshtml: replaces the "use your browser's print" hint with a button.
export function initPrintActions (scope = document) {
  for (const action of scope.querySelectorAll('[data-module="app-print"]')) {
    if (action.dataset.appPrintInit) continue
    action.dataset.appPrintInit = 'true'
    const button = document.createElement('button')
    button.type = 'button'
    button.className = 'govuk-button govuk-button--secondary govuk-!-margin-bottom-4'
    button.textContent = 'Print this page'
    button.addEventListener('click', () => window.print())
    action.replaceChildren(button)
  }
}
