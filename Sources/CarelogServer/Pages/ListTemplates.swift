extension Templates {
  static let flags = """
    {{<layout}}{{$body}}
    {{^flags}}<p>No flags as of today.</p>{{/flags}}
    {{> flagList}}
    {{/body}}{{/layout}}
    """

  static let entries = """
    {{<layout}}{{$body}}
    {{^entries}}<p>No entries in the last 30 days.</p>{{/entries}}
    <ul class="entries">
    {{#entries}}
    <li><p><strong>{{what}}</strong><br>{{when}} · {{by}}{{#note}}<br>{{note}}{{/note}}</p>
    <p class="actions"><a href="/entries/{{id}}/edit{{query}}">Edit</a> <a href="/entries/{{id}}/history{{query}}">History</a></p>
    <form method="post" action="/entries/{{id}}/delete{{query}}"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit">Delete {{what}}</button></form>
    </li>
    {{/entries}}
    </ul>
    {{/body}}{{/layout}}
    """

  static let edit = """
    {{<layout}}{{$body}}
    <p>{{what}}, {{when}}. The earlier version is kept in its history.</p>
    <form method="post" action="/entries/{{id}}/edit{{query}}">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <label for="severity">Severity (none, mild, moderate, severe, very-severe or 0–4)</label>
    <input id="severity" name="severity" value="{{severity}}">
    {{#errors.severity}}<p class="error" role="alert">{{errors.severity}}</p>{{/errors.severity}}
    <label for="value">Reading</label>
    <input id="value" name="value" value="{{value}}">
    {{#errors.value}}<p class="error" role="alert">{{errors.value}}</p>{{/errors.value}}
    <label for="on">Day</label><input id="on" name="on" type="date" value="{{on}}">
    {{#errors.on}}<p class="error" role="alert">{{errors.on}}</p>{{/errors.on}}
    <label for="at">Time</label><input id="at" name="at" type="time" value="{{at}}">
    {{#errors.at}}<p class="error" role="alert">{{errors.at}}</p>{{/errors.at}}
    <label for="note">Note</label><textarea id="note" name="note" rows="2">{{note}}</textarea>
    {{#errors.note}}<p class="error" role="alert">{{errors.note}}</p>{{/errors.note}}
    <button type="submit" class="primary">Save the change</button>
    </form>
    {{/body}}{{/layout}}
    """

  static let history = """
    {{<layout}}{{$body}}
    <ol>{{#versions}}<li><p><strong>{{what}}</strong>, {{when}} · {{by}}{{#note}}<br>{{note}}{{/note}}<br>{{status}}{{#changes}}<br>{{changes}}{{/changes}}</p></li>{{/versions}}</ol>
    {{/body}}{{/layout}}
    """

  static let checkin = """
    {{<layout}}{{$body}}
    {{#saved}}<p class="saved" role="status">{{saved}}</p>{{/saved}}
    {{#hasFlags}}<h2>Patterns to tell the care team about</h2>{{> flagList}}{{/hasFlags}}
    <form method="post" action="/checkin{{query}}">
    <input type="hidden" name="csrf" value="{{csrf}}">
    {{#questions}}
    <fieldset><legend>{{label}} today?</legend>
    <div class="grid five">{{#severities}}<label class="choice big"><input type="radio" name="q-{{term}}" value="{{value}}"> {{value}} {{word}}</label>{{/severities}}</div>
    </fieldset>
    {{/questions}}
    <label for="temperature">Temperature (e.g. 37.2 or 99.1F)</label>
    <input id="temperature" name="temperature" inputmode="decimal" value="{{temperature}}">
    {{#errors.value}}<p class="error" role="alert">{{errors.value}}</p>{{/errors.value}}
    <label for="at">Taken at</label><input id="at" name="at" type="time" value="{{at}}">
    {{#errors.at}}<p class="error" role="alert">{{errors.at}}</p>{{/errors.at}}
    <label for="other">Any other symptom</label>
    <input id="other" name="other" list="symptoms" value="{{other}}">
    <datalist id="symptoms">{{#catalog}}<option value="{{.}}">{{/catalog}}</datalist>
    <fieldset><legend>How bad is it?</legend>
    <div class="grid five">{{#severities}}<label class="choice big"><input type="radio" name="other-severity" value="{{value}}"> {{value}} {{word}}</label>{{/severities}}</div>
    </fieldset>
    {{#errors.term}}<p class="error" role="alert">{{errors.term}}</p>{{/errors.term}}
    <label for="note">A note for today</label><textarea id="note" name="note" rows="2">{{note}}</textarea>
    {{#errors.note}}<p class="error" role="alert">{{errors.note}}</p>{{/errors.note}}
    <button type="submit" class="primary">Save the check-in</button>
    </form>
    {{/body}}{{/layout}}
    """

  static let message = """
    {{<layout}}{{$body}}<p>{{text}}</p>{{#link}}<p><a href="{{link}}">{{linkText}}</a></p>{{/link}}{{/body}}{{/layout}}
    """
}
