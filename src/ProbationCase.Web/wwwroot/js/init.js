// Progressive enhancement only: every page works without JavaScript.
import { initAll as initGovukFrontend } from '/lib/govuk/govuk-frontend.min.js'
import { initAll as initMojFrontend } from '/lib/moj/moj-frontend.min.js'
import { initPrintActions } from '/js/app-print.js'
import { initSharedConditionals } from '/js/app-conditional.js'

initGovukFrontend()
initMojFrontend()
initPrintActions()
initSharedConditionals()
