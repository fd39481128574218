extension Templates {
  static let today = """
    {{<layout}}{{$body}}
    {{#saved}}<p class="saved" role="status">{{saved}}</p>{{/saved}}
    {{#hasFlags}}<h2>This entry is part of a pattern to tell the care team about</h2>{{> flagList}}{{/hasFlags}}
    {{#doseError}}<p class="error" role="alert">{{doseError}}</p>{{/doseError}}
    {{#hasDoses}}<h2>Doses due</h2>{{#doses}}<form method="post" action="/dose{{query}}" class="dose">
    <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="medicine" value="{{medicine}}"><input type="hidden" name="on" value="{{on}}">
    <fieldset><legend>{{label}}</legend><div class="grid"><button type="submit" name="status" value="taken">Taken</button>
    <button type="submit" name="status" value="missed">Missed</button><button type="submit" name="status" value="held">Held (care team said to skip it)</button></div></fieldset>
    </form>{{/doses}}{{/hasDoses}}
    <form method="get" action="/" role="search">
    {{#profileParam}}<input type="hidden" name="profile" value="{{profileParam}}">{{/profileParam}}
    <label for="search">Search the symptom list</label>
    <div class="row"><input id="search" name="search" value="{{search}}" placeholder="bruis"><button type="submit">Search</button></div>
    {{#searchError}}<p class="error" role="alert">{{searchError}}</p>{{/searchError}}
    </form>
    <form method="post" action="/log{{query}}" class="quick">
    <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="request" value="{{request}}">
    <fieldset><legend>What happened</legend>
    {{#hasFound}}<p>Found for “{{search}}”:</p><div class="grid">{{#found}}<label class="choice big"><input type="radio" name="term" value="{{word}}"> {{label}}</label>{{/found}}</div><p>Or one of these:</p>{{/hasFound}}
    <div class="grid">{{#common}}<label class="choice big"><input type="radio" name="term" value="{{word}}"{{#checked}} checked{{/checked}}> {{label}}</label>{{/common}}</div>
    <label for="other">Something else (type to search)</label>
    <input id="other" name="other" list="symptoms" value="{{other}}" autocomplete="off">
    <datalist id="symptoms">{{#catalog}}<option value="{{.}}">{{/catalog}}</datalist>
    <label class="choice big"><input type="checkbox" name="new" value="yes"{{#new}} checked{{/new}}> a new symptom, not in the list: record it exactly as typed</label>
    {{#errors.term}}<p class="error" role="alert">{{errors.term}}</p>{{/errors.term}}
    </fieldset>
    <fieldset><legend>How bad (0 none to 4 very severe)</legend>
    <div class="grid five">{{#severities}}<label class="choice big"><input type="radio" name="severity" value="{{value}}"{{#checked}} checked{{/checked}}> {{value}} {{word}}</label>{{/severities}}</div>
    {{#errors.severity}}<p class="error" role="alert">{{errors.severity}}</p>{{/errors.severity}}
    </fieldset>
    <label for="value">A reading: temperature, weight, height or a blood count from the clinic</label>
    <div class="row"><input id="value" name="value" inputmode="decimal" value="{{value}}" placeholder="38.5">
    <label for="unit" class="inline">Unit</label>
    <select id="unit" name="unit"><option value="">as typed</option><option value="C">°C</option><option value="F">°F</option><option value="kg">kg</option><option value="lb">lb</option><option value="cm">cm</option><option value="x10^9/L">×10⁹/L (ANC, WBC, platelets)</option><option value="g/dL">g/dL (hemoglobin)</option></select></div>
    {{#errors.value}}<p class="error" role="alert">{{errors.value}}</p>{{/errors.value}}
    <div class="row"><div><label for="on">Day</label><input id="on" name="on" type="date" value="{{on}}"></div>
    <div><label for="at">Time</label><input id="at" name="at" type="time" value="{{at}}"></div></div>
    {{#errors.on}}<p class="error" role="alert">{{errors.on}}</p>{{/errors.on}}
    {{#errors.at}}<p class="error" role="alert">{{errors.at}}</p>{{/errors.at}}
    <label for="by">Who is recording</label>
    <input id="by" name="by" value="{{by}}">
    {{#errors.by}}<p class="error" role="alert">{{errors.by}}</p>{{/errors.by}}
    <label for="note">Note</label>
    <textarea id="note" name="note" rows="2">{{note}}</textarea>
    {{#errors.note}}<p class="error" role="alert">{{errors.note}}</p>{{/errors.note}}
    <button type="submit" class="primary">Save</button>
    </form>
    {{/body}}{{/layout}}
    """
}
