// Spanish (Español). Keys and {placeholders} as in en.ts; model, factor and sheet names stay as data.
import type { Catalogue } from './en';

export const es: Catalogue = {
  'menu.open': 'Abrir DistModel',
  'menu.setup': 'Crear una hoja de productos',
  'menu.ratings': 'Configurar valoraciones',
  'menu.score': 'Puntuar las filas seleccionadas',
  'menu.help': 'Ayuda',
  'menu.overwriteTitle': '¿Sobrescribir sus celdas?',
  'menu.overwriteQuestion':
    'DistModel escribe sus resultados en {range}, donde {count} celda(s) contienen su propio contenido ({cells}). ¿Sobrescribirlas?',
  'menu.andMore': '{cells} y más',
  'menu.partial':
    'Puntuadas {done} de {total} filas. Abra DistModel y vuelva a puntuar para terminar el resto.',
  'menu.done': '{rows} fila(s) puntuada(s) en {range}.',
  'help.title': 'Ayuda de DistModel',
  'help.heading': 'DistModel en dos minutos',
  'help.intro':
    'DistModel recomienda un modelo de distribución para cada producto de su hoja: venta directa asistida, compra directa automatizada, distribuidores autorizados o reventa abierta.',
  'help.step1':
    'Extensiones > DistModel > Crear una hoja de productos crea una tabla con una columna por factor. Escriba un producto por fila, o use su propia tabla con los mismos encabezados.',
  'help.step2':
    'Abra DistModel y haga clic en una fila de producto: la barra lateral muestra el modelo recomendado, su margen y los factores a favor y en contra.',
  'help.step3': '«Qué lo cambiaría» indica el dato y los rangos de peso que cambiarían la respuesta.',
  'help.step4':
    'Mueva los pesos o elija una configuración predefinida; la vista previa cambia al instante. Aplicar los guarda para cada fórmula de esta hoja de cálculo.',
  'help.step5':
    'Puntuar productos escribe fórmulas =DISTMODEL activas (o valores fijos) junto a su tabla y dibuja la cartera.',
  'help.step6':
    '¿Varios evaluadores? Configurar valoraciones crea una hoja con una columna Rater; el panel Equipo muestra dónde discrepan y si eso cambia la respuesta.',
  'help.formula':
    'En una celda: =DISTMODEL(A1:L29) da a cada producto su modelo; =DISTMODEL(A1:L29; ; "explain") explica por qué.',
  'help.accounts':
    'Si una acción falla con un error de autorización mientras hay varias cuentas de Google conectadas, abra la hoja de cálculo en una ventana con una sola cuenta conectada.',
  'help.more': 'La guía completa, con imágenes y la referencia de fórmulas:',
  'help.link': 'Página de ayuda de DistModel (se abre en una pestaña nueva)',
  'help.close': 'Cerrar',
};
