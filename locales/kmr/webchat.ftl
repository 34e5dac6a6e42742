# Web chat page: the page's own words (the conversation's sentences live in the engine's catalogues).
# { $city } is the city's name from the catalogue; { $megabytes } the upload limit.

webchat-title = Xizmetên Civakî yên { $city }
webchat-messages-label = Peyam
webchat-speaker-city = Xizmetên Civakî:
webchat-speaker-you = Hûn:
webchat-input-label = Peyama we
webchat-input-placeholder = Peyama xwe binivîsin…
webchat-send = Bişîne
webchat-attach = Pel zêde bike
webchat-attach-hint = Wêne, PDF an tomarkirina dengî; heta { $megabytes } MB.
webchat-menu-label = Menûya sereke
webchat-phone-label = Hejmara telefona we
webchat-phone-send = Hejmara min bişîne
webchat-connecting = Tê girêdan…
webchat-reconnecting = Girêdan qut bû. Dîsa tê girêdan…
webchat-code-title = Koda axaftina we
webchat-code-help = Bi vê kodê hûn dikarin axaftina xwe li cîhazeke din berdewam bikin. Wê biparêzin û nîşanî kesî nedin: her kesê ku vê kodê bizane dikare vê axaftinê bixwîne.
webchat-code-copy = Kodê kopî bike
webchat-code-copied = Kod hat kopîkirin.
webchat-code-use-label = Koda axaftina we ji cîhazeke din
webchat-code-use = Bi vê kodê berdewam bike
webchat-code-invalid = Ev ne koda axaftinê ye. Kod ji 32 tîpan pêk tê: reqemên 0–9 û tîpên a–f. Xêz û valahî ne girîng in.
webchat-code-switched = Axaftina we êdî bi vê kodê berdewam dike.
webchat-too-long = Peyama we pir dirêj e. Ji kerema xwe wê kurt bikin an jî li çend peyaman parve bikin.
webchat-slow-down = Hûn pir bi lez peyaman dişînin. Ji kerema xwe hinekî bisekinin û dîsa biceribînin.
webchat-bad-message = Ev peyam nehat fêmkirin.
webchat-unsupported = Ev cureyê peyamê nayê piştgirîkirin.
webchat-error = Pirsgirêkek derket. Ji kerema xwe piştî demekê dîsa biceribînin.
webchat-sending = Tê şandin…
webchat-not-sent = Nehat şandin.
webchat-upload-too-large = Pel pir mezin e. Hûn dikarin heta { $megabytes } MB bişînin.
webchat-upload-type = Ev cureyê pelê nayê qebûlkirin. Hûn dikarin wêne, PDF an tomarkirina dengî bişînin.
webchat-upload-failed = Pel nehat şandin. Ji kerema xwe dîsa biceribînin.
webchat-noscript = Ji bo vê axaftinê divê JavaScript di geroka we de vekirî be.
