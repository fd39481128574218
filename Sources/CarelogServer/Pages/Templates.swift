/// The pages' Mustache templates. `{{name}}` escapes HTML; nothing uses the unescaped form.
enum Templates {
  static let layout = """
    <!doctype html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{title}} · carelog</title>
    <link rel="stylesheet" href="/static/app.css">
    <link rel="icon" href="/favicon.ico" type="image/svg+xml">
    </head>
    <body>
    <header>
    {{#paired}}
    <nav aria-label="Pages">
    <a href="/{{query}}">Today</a><a href="/checkin{{query}}">Check-in</a><a href="/entries{{query}}">Entries</a><a href="/flags{{query}}">Flags</a><a href="/summary{{query}}">Summary</a>
    </nav>
    {{#switcher}}
    <form method="get" action="{{path}}" class="switcher">
    <label for="profile-switch">Profile</label>
    <select id="profile-switch" name="profile">{{#profiles}}<option value="{{name}}"{{#current}} selected{{/current}}>{{name}}</option>{{/profiles}}</select>
    <button type="submit">Show</button>
    </form>
    {{/switcher}}
    {{/paired}}
    </header>
    <main>
    <h1>{{title}}</h1>
    {{#pageError}}<p class="error" role="alert">{{pageError}}</p>{{/pageError}}
    {{$body}}{{/body}}
    </main>
    <footer><p>carelog does not give medical advice. In an emergency, or with a fever during treatment, call your care team or your emergency number.</p></footer>
    </body>
    </html>
    """

  static let pairing = """
    {{<layout}}{{$body}}
    <p>Pair this device with the code printed by <code>carelog serve</code>. It will record as the person you name.</p>
    <form method="post" action="/pair">
    <label for="code">Pairing code</label>
    <input id="code" name="code" value="{{code}}" autocomplete="off" required aria-describedby="code-error">
    {{#errors.code}}<p class="error" id="code-error">{{errors.code}}</p>{{/errors.code}}
    <label for="device">Name of this device</label>
    <input id="device" name="device" placeholder="Anna's phone" required>
    {{#errors.device}}<p class="error">{{errors.device}}</p>{{/errors.device}}
    <label for="reporter">Who records with it</label>
    <input id="reporter" name="reporter" placeholder="Anna" required>
    {{#errors.reporter}}<p class="error">{{errors.reporter}}</p>{{/errors.reporter}}
    <fieldset><legend>They are</legend>
    <label class="choice big"><input type="radio" name="role" value="caregiver" checked> a caregiver (parent)</label>
    <label class="choice big"><input type="radio" name="role" value="self"> the patient</label>
    </fieldset>
    <button type="submit" class="primary">Pair</button>
    </form>
    {{/body}}{{/layout}}
    """

  static let flagList = """
    {{#flags}}
    <section class="flag {{level}}" aria-label="{{levelWord}} flag">
    <h3><span class="level">{{levelWord}}</span> {{title}}</h3>
    {{#urgent}}<p class="call"><strong>Call now:</strong> call the care team now, day or night.</p>{{/urgent}}
    <p>{{message}}</p>
    <p><strong>What to do:</strong> {{action}}</p>
    {{#ackable}}
    {{^acknowledged}}
    <form method="post" action="/flags/ack{{query}}">
    <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="id" value="{{id}}">
    <button type="submit">Mark as seen</button>
    </form>
    {{/acknowledged}}
    {{#acknowledged}}<p class="seen">Marked as seen.</p>{{/acknowledged}}
    {{/ackable}}
    </section>
    {{/flags}}
    """
}
