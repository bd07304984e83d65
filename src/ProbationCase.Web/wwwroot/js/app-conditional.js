// Progressive enhancement for a GOV.UK conditional reveal that several radios share (the sentence's requirements,
// which a community order and a suspended sentence order both take). GOV.UK Frontend's radios reveal one block per
// radio, so this syncs the shared block instead. Without JavaScript the block always shows and the server ignores
// its fields for a sentence that takes none.
export function initSharedConditionals (scope = document) {
  for (const block of scope.querySelectorAll('[data-module="app-shared-conditional"]')) {
    if (block.dataset.appSharedConditionalInit) continue
    block.dataset.appSharedConditionalInit = 'true'
    const values = (block.dataset.revealFor || '').split(' ')
    const radios = [...document.querySelectorAll(`input[type="radio"][name="${block.dataset.radios}"]`)]
    const sync = () => {
      const shown = radios.some(radio => radio.checked && values.includes(radio.value))
      block.classList.toggle('govuk-radios__conditional--hidden', !shown)
    }
    for (const radio of radios) radio.addEventListener('change', sync)
    window.addEventListener('pageshow', sync)
    sync()
  }
}
