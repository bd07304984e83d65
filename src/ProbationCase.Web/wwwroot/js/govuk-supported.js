// Loaded synchronously at the start of <body>, in place of the GOV.UK template's inline script
// (our Content-Security-Policy allows no inline script). GOV.UK Frontend styles and initialises
// components only where these classes are present.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '')
