// Japanese (日本語). Keys and {placeholders} as in en.ts; model, factor and sheet names stay as data.
import type { Catalogue } from './en';

export const ja: Catalogue = {
  'menu.open': 'DistModel を開く',
  'menu.setup': '製品シートを作成',
  'menu.ratings': '評価シートを作成',
  'menu.score': '選択した行を評価',
  'menu.help': 'ヘルプ',
  'menu.overwriteTitle': 'セルを上書きしますか？',
  'menu.overwriteQuestion':
    'DistModel は結果を {range} に書き込みます。そこでは {count} 個のセルにあなたの内容があります（{cells}）。上書きしますか？',
  'menu.andMore': '{cells} ほか',
  'menu.partial':
    '{total} 行のうち {done} 行を評価しました。残りを終えるには DistModel を開いて再度評価してください。',
  'menu.done': '{rows} 行を {range} に評価しました。',
  'help.title': 'DistModel ヘルプ',
  'help.heading': '2 分でわかる DistModel',
  'help.intro':
    'DistModel はシートの各製品に流通モデル（営業による直販、自動化された直販、正規販売店、オープンな再販）を推奨します。',
  'help.step1':
    '拡張機能 > DistModel > 製品シートを作成 で、要因ごとに 1 列の表を作成します。1 行に 1 製品を入力するか、同じ見出しの独自の表を使います。',
  'help.step2':
    'DistModel を開いて製品の行をクリックすると、サイドバーに推奨モデル、その差、賛成と反対の要因が表示されます。',
  'help.step3': '「何が変えるか」は、答えを変える 1 つの事実と重みの範囲を示します。',
  'help.step4':
    '重みを動かすかプリセットを選ぶと、プレビューがすぐに追従します。適用すると、このスプレッドシートのすべての数式に保存されます。',
  'help.step5':
    '製品を評価 は、表の横にライブの =DISTMODEL 数式（または固定値）を書き込み、ポートフォリオを描きます。',
  'help.step6':
    '評価者が複数いますか？「評価シートを作成」で Rater 列のあるシートを作ります。「チーム」パネルは意見が分かれる点と、それで答えが変わるかを示します。',
  'help.formula':
    'セルでは =DISTMODEL(A1:L29) で各製品のモデルが、=DISTMODEL(A1:L29, , "explain") でその理由がわかります。',
  'help.accounts':
    '複数の Google アカウントにログインしている状態で承認エラーが出る場合は、1 つのアカウントだけでログインしたウィンドウでスプレッドシートを開いてください。',
  'help.more': '画像と数式リファレンス付きの完全なガイド：',
  'help.link': 'DistModel ヘルプページ（新しいタブで開きます）',
  'help.close': '閉じる',
};
