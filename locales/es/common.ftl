# Textos comunes de la entrevista en español. Términos legales: locales/es/GLOSSARY.toml
# (los del glosario en español de USCIS).

app-title = Formularios de asilo: entrevista guiada
skip-link = Saltar a la pregunta
lang-name-en = English
lang-name-es = Español
optional = (opcional)
yes = Sí
no = No
english-note = Escriba esta respuesta en inglés: el formulario solo acepta inglés.
private-note = Este número solo se escribe en su formulario. Nunca sale de esta computadora.

button-continue = Guardar y continuar
button-save-close = Guardar y cerrar
button-add = Añadir
button-remove = Quitar
button-done-list = Guardar y continuar
button-edit = Cambiar
button-finish = Terminar y cerrar
button-make = Preparar mis formularios
button-review = Ir a la revisión

date-day = Día
date-month = Mes
date-year = Año
date-hint = Por ejemplo: 27 3 2024. Si no sabe el día exacto, escriba su mejor cálculo y dígalo en su declaración.
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre

error-summary-title = Hay un problema
error-required = Conteste esta pregunta.
error-date = Escriba una fecha real: el día, el mes y el año en números.
error-number = Escriba un número, solo con cifras (por ejemplo 2).
error-explain = Usted contestó Sí. Explique su respuesta aquí.
error-list-item = Llene las casillas necesarias antes de añadir este elemento.

why-label = Por qué preguntamos

saved-title = Sus respuestas están guardadas
saved-body = Ya puede cerrar esta ventana. Para continuar más tarde, vuelva a ejecutar el mismo comando: empezará donde se quedó.

screen-language = ¿Qué idioma quiere usar?
    .why = Las preguntas y la ayuda estarán en este idioma. Los formularios siempre están en inglés, como lo exige USCIS.

screen-welcome = Antes de empezar
    .why = Lea esto antes de contestar cualquier pregunta.
welcome-local = Todo lo que escriba se queda en esta computadora. Nada se envía por internet. Sus respuestas se guardan en su expediente después de cada página.
welcome-advice = Esta herramienta da información legal, no asesoría legal. Si puede, hable con un abogado o un representante acreditado antes de presentar su solicitud.
welcome-frivolous = Advertencia: Los solicitantes que, según se determine, hayan presentado a sabiendas una solicitud de asilo frívola quedarán permanentemente inelegibles para cualquier beneficio bajo la Ley de Inmigración y Nacionalidad.
welcome-truth = Conteste con la verdad. Si no sabe una respuesta, diga que no la sabe (por ejemplo, escriba "Unknown", que significa "desconocido" en inglés). Decir que no sabe es mejor que adivinar.
welcome-stop = Puede parar en cualquier momento con "Guardar y cerrar" y continuar después. Algunas preguntas son sobre el daño que sufrió; descanse cuando lo necesite.
welcome-continue = Empezar

screen-forms = ¿Qué formularios quiere preparar?
    .why = Solo le hacemos las preguntas que necesitan los formularios que elija.
forms-legend = Formularios
form-i589 = Formulario I-589, Solicitud de Asilo y de Suspensión de Remoción
form-i730 = Formulario I-730, Petición de Familiar Refugiado/Asilado
form-i485 = Formulario I-485, Solicitud de Registro de Residencia Permanente o Ajuste de Estatus
forms-not-yet = Las preguntas de estos formularios todavía no están listas. Aún puede prepararlos en un expediente:
forms-forms-arrival = ¿Cuándo fue su última llegada a los Estados Unidos?
    .hint = Usamos esta fecha para calcular su fecha límite para pedir asilo.

deadline-i589 = Su fecha límite para el Formulario I-589: USCIS o el Tribunal de Inmigración debe recibirlo a más tardar el { $date } (un año después de su última llegada). { $days ->
        [one] Queda 1 día.
       *[other] Quedan { $days } días.
    }
deadline-i589-passed = La fecha límite de un año para pedir asilo pasó el { $date }. Todavía puede pedirlo si aplica una excepción (por ejemplo, circunstancias cambiadas o extraordinarias). Explíquelo en la Parte C, pregunta 5, y hable con un abogado si puede.

state-invalid = Su caso tiene problemas que debe corregir antes de preparar los formularios oficiales.
state-incomplete = Todavía hay preguntas sin contestar.
state-ready = Sus respuestas están completas y no tienen errores.

list-empty = Todavía no ha añadido nada.
list-added = Añadido:
list-add-heading = Añadir uno
list-item = Elemento { $n }
list-none-hint = Si no tiene ninguno, deje las casillas vacías y oprima "Guardar y continuar".

review-title = Revise sus respuestas
review-intro = Revise cada respuesta. Las respuestas aparecen como se imprimirán en el formulario, en inglés.
review-question = Pregunta
review-answer = Respuesta
review-no-answer = Sin contestar
review-other-findings = Otras cosas que revisar
review-go-make = Cuando todo esté bien, prepare sus formularios.
review-masked = (oculto)
review-twice-title = Personas ingresadas dos veces
review-twice-pair = { $name }, nacido o nacida el { $born }, está ingresado dos veces: como una persona en { $first } y como otra en { $second }. Si es la misma persona, únalas: así cada formulario nombra a la misma persona y no se pierde ninguna respuesta.
review-twice-differ = Las dos no se unen: estas respuestas son distintas entre ellas ({ $fields }). Corrija la que está mal y después únalas. Si son dos personas distintas, déjelas como están.
button-join = Unirlas en una sola persona
review-twice-people = las respuestas sobre otra persona (un padre o una madre, un cónyuge)

make-title = Preparar mis formularios
make-intro = Esto prepara un borrador para revisar, una lista de los documentos que todavía necesita y los formularios oficiales cuando sus respuestas no tienen errores.
make-done = Sus archivos están listos. Están guardados en { $dir }.
make-no-blank = No se prepararon los formularios oficiales: inicie la entrevista con --blank y la carpeta de los formularios oficiales de USCIS para prepararlos.
make-has-errors = No se prepararon los formularios oficiales porque su caso tiene errores. Corríjalos en la revisión y vuelva a intentarlo.
make-failed = No se pudieron preparar los formularios: { $reason }
make-file-draft = Borrador para revisar (PDF)
make-file-checklist = Lista de documentos
make-file-form = Formulario oficial (PDF)
make-open = Abrir
make-back = Volver a la revisión

checklist-title = Documentos que debe presentar con sus formularios
checklist-intro = Revise cada documento antes de presentar su solicitud. Un documento en otro idioma necesita una traducción certificada al inglés.
checklist-translation = Necesita una traducción certificada al inglés.
checklist-status-provided = lo tiene
checklist-status-missing = todavía lo necesita
checklist-status-unavailable = no se puede conseguir: presente otra evidencia, como declaraciones juradas
checklist-optional = (si lo tiene)

finding-schema-required = Falta una respuesta aquí.
finding-schema-type = Esta respuesta no tiene la forma correcta.
finding-schema-pattern = Esta respuesta no está escrita como la necesita el formulario.
finding-translation-missing = Falta la traducción al inglés de esta respuesta. Un traductor debe traducir sus palabras al inglés antes de preparar el formulario oficial.
finding-schema-enum = Esta respuesta no es una de las opciones que acepta el formulario.
finding-schema-minLength = Esta respuesta está vacía.
finding-schema-minItems = Aquí se necesita por lo menos un elemento.
finding-schema-format = Esta respuesta no está escrita como la necesita el formulario.
finding-case-person-ref = Falta en el caso una persona mencionada aquí.
finding-case-date-in-future = Esta fecha es posterior a hoy.
finding-case-intended-filing-date-passed = La fecha prevista de presentación ya pasó: los plazos se cuentan hasta hoy.
finding-person-birth-before-entries = La fecha de nacimiento debe ser anterior a cada llegada a los Estados Unidos y a cada matrimonio.
finding-person-entries-most-recent-first = Anote las llegadas empezando por la más reciente.
finding-form-yes-explained = Usted contestó Sí, pero falta la explicación en inglés. El formulario oficial no se puede preparar sin ella.
finding-i589-one-year-deadline = Sobre la fecha límite de un año para pedir asilo:
finding-i589-filed-after-arrival = La fecha de presentación es anterior a su última llegada. Revise las dos fechas.
finding-i589-ground-claimed = Marque por lo menos una razón por la que pide asilo (Parte B, pregunta 1).
finding-fees-for-filing-date = Sobre la tarifa de presentación:
finding-detail = Detalles (en inglés):

part-ai = Parte A.I: Información sobre usted
part-aii = Parte A.II: Información sobre su cónyuge e hijos
part-aiii = Parte A.III: Información sobre sus antecedentes
part-b = Parte B: Información sobre su solicitud
part-c = Parte C: Información adicional sobre su solicitud
part-d = Parte D: Su firma
part-e = Parte E: La persona que preparó el formulario, si no fue usted ni un familiar cercano
part-evidence = Sus documentos

narrative-english = En inglés (esto es lo que dirá el formulario)
narrative-original = En sus propias palabras, en { $language }
narrative-original-hint = Escriba lo que pasó en su idioma. Antes de presentar la solicitud, un traductor que conozca los dos idiomas debe traducirlo al inglés y certificar la traducción.
narrative-english-hint = Si no puede escribirlo en inglés, deje esta casilla vacía por ahora.

option-female = Femenino
option-male = Masculino
option-single = Soltero(a)
option-married = Casado(a)
option-divorced = Divorciado(a)
option-widowed = Viudo(a)
option-separated = Separado(a)
option-annulled = Matrimonio anulado
option-intended = Todavía no la he presentado: esta es la fecha en que pienso presentarla
option-filed = Ya la presenté en esta fecha
option-never = No, nunca
option-now = Sí, estoy en procedimientos ahora
option-past = Sí, en el pasado, pero no ahora
option-maiden = Apellido de soltera
option-alias = Otro nombre que usé
option-previous = Nombre legal anterior
option-passport = Pasaporte
option-travel_document = Documento de viaje
option-national_id = Documento nacional de identidad
option-birth_certificate = Acta de nacimiento
option-marriage_certificate = Acta de matrimonio
option-i94 = Formulario I-94, Registro de Entrada/Salida
option-declaration = Su declaración escrita
option-country_conditions = Informes sobre las condiciones en su país
option-police_report = Documento de la policía o de un tribunal
option-medical_record = Expediente médico
option-photos = Fotos
option-provided = Lo tengo
option-missing = Existe, pero todavía no lo tengo
option-unavailable = No lo puedo conseguir

evidence-documents = ¿Qué documentos tiene?
    .why = Los documentos apoyan lo que usted dice. La lista le dirá cuáles faltan todavía.
evidence-documents-document = Documento
evidence-documents-status = ¿Lo tiene?
evidence-documents-language = Idioma en que está escrito el documento
    .hint = Déjelo vacío si está en inglés. Un documento en otro idioma necesita una traducción certificada al inglés.

date-long = { $day } de { $month } de { $year }

# The command-line outputs and the draft in Spanish (`--lang es`): validate, checklist, render,
# batch. The English of these is the program's own text (src/cli/output.rs, src/checklist.rs,
# src/draft/), so these keys exist in Spanish only; the finding sentences above are shared with
# the interview's review.
out-state-invalid = inválido ({ $counts })
out-state-incomplete = incompleto ({ $counts } por contestar)
out-state-ready = listo para presentar
out-count-errors = { $n ->
    [one] 1 error
   *[other] { $n } errores
}
out-count-warnings = { $n ->
    [one] 1 advertencia
   *[other] { $n } advertencias
}
out-count-notes = { $n ->
    [one] 1 nota
   *[other] { $n } notas
}
out-count-questions = { $n ->
    [one] 1 pregunta
   *[other] { $n } preguntas
}
out-count-files = { $n ->
    [one] 1 archivo
   *[other] { $n } archivos
}
out-severity-error = error
out-severity-warning = advertencia
out-severity-info = nota
out-valid = válido
out-invalid = INVÁLIDO
out-at = en
out-document = (el documento)
out-form = formulario
out-hint = qué hacer (en inglés)
out-source = fuente
out-detail = detalle (en inglés)
out-in-english = (en inglés)
out-to-answer = por contestar
out-total = { $files }: { $invalid } inválidos, { $valid } válidos ({ $counts })

out-checklist-title = Lista de evidencia que falta — caso { $case }
out-checklist-summary = { $total } documentos requeridos, { $missing } todavía faltan.
out-checklist-columns = | estado | documento | para | por qué | fuente |
out-checklist-provided = lo tiene
out-checklist-provided-translation = lo tiene, **necesita traducción**
out-checklist-optional = opcional, no lo tiene
out-checklist-missing = **FALTA**
out-checklist-unavailable = **no se puede conseguir: evidencia secundaria**
fee-due-yearly = no se paga con el formulario: se debe por cada año calendario en que la solicitud siga pendiente 365 días o más
draft-state-filed = presentado
draft-state-already-filed = ya presentado:
draft-intended-passed = prevista; esta fecha ya pasó
draft-intended-passed-counted = { $filing }, prevista, ya pasó: se cuenta hasta hoy, { $date }
draft-son = hijo
draft-daughter = hija
draft-checklist-unavailable-optional = no se puede conseguir; no se exige
out-checklist-unavailable-optional = no se puede conseguir, no se exige
out-checklist-fees = Tarifas en las fechas de presentación
out-checklist-fees-columns = | formulario | monto | nota | fuente |
out-checklist-unconfirmed = (sin confirmar)
out-translation-yes = sí (idioma: { $language })
out-translation-maybe = si no está en inglés
out-translation-no = no

# batch: the table at the end and summary.csv's next steps (its columns and machine values stay
# English). The case's own words (ids, first finding) are as the batch wrote them.
out-batch-col-case = caso
out-batch-col-status = estado
out-batch-col-days-left = días
out-batch-col-due = vence
out-batch-col-what = primera observación y siguiente paso
out-batch-rendered = formularios llenados
out-batch-rendered-with-warnings = llenados, con advertencias
out-batch-drafted = solo borrador
out-batch-drafted-with-warnings = borrador, con advertencias
out-batch-invalid = inválido
out-batch-failed = falló
out-batch-cases = { $n ->
    [one] 1 caso
   *[other] { $n } casos
}
out-batch-n-rendered = { $n } con los formularios llenados
out-batch-n-rendered-with-warnings = { $n } llenados con advertencias
out-batch-n-drafted = { $n } solo en borrador (sin formularios oficiales: no se dieron los formularios en blanco)
out-batch-n-drafted-with-warnings = { $n } en borrador con advertencias
out-batch-n-invalid = { $n ->
    [one] 1 inválido
   *[other] { $n } inválidos
}
out-batch-n-failed = { $n ->
    [one] 1 falló
   *[other] { $n } fallaron
}
out-batch-resumed = ({ $n } conservados de la ejecución anterior)
out-batch-ready = { $ready } listos para presentar, { $incomplete } incompletos (preguntas por contestar: vea el findings.json de cada caso)
out-batch-attention = { $n } casos; los que necesitan atención, los más urgentes primero (todos los casos están en summary.csv):
out-batch-next-blank = ponga el formulario en blanco que falta en la carpeta de --blank y vuelva a ejecutar con --resume
out-batch-next-failed = vea findings.json en la carpeta del caso; vuelva a ejecutar con --resume
out-batch-next-invalid = corrija los errores (asylum-forms validate con su archivo) y vuelva a ejecutar con --resume
out-batch-next-drafted = revise draft.pdf; vuelva a ejecutar con --blank CARPETA para llenar los formularios oficiales
out-batch-next-warnings = revise las advertencias en draft.pdf y después los formularios
out-batch-next-rendered = revise los formularios con draft.pdf; después fírmelos y preséntelos

draft-label = BORRADOR — para revisar, no para presentar
draft-header-case = caso { $case }
draft-header-form = { $form } (edición { $edition }) · caso { $case }
draft-header-checklist = Lista de evidencia que falta · caso { $case }
draft-title = Borrador para revisar — caso { $case }
draft-general-findings = Observaciones generales (no de una sola pregunta)
draft-finding-error = ERROR
draft-finding-warning = ADVERTENCIA
draft-finding-info = NOTA
draft-finding-for = { $form } para { $who }
draft-not-answered = sin contestar
draft-detail = Detalle (en inglés)
draft-left-empty-skipped = se deja vacía: el formulario la salta ({ $why })
draft-left-empty = se deja vacía (no aplica a este caso)
draft-left-empty-page = se deja vacía: { $page } no contiene ninguna respuesta
draft-continuation = Información adicional, como se imprime
draft-continuation-sheets = Hojas de continuación: { $heading }
draft-original = En las propias palabras del solicitante ({ $language }); el formulario lleva solo el inglés de arriba:
draft-checklist-provided = lo tiene
draft-checklist-optional = no aplica salvo que lo tenga (opcional)
draft-checklist-missing = FALTA
draft-checklist-unavailable = no se puede conseguir: presente evidencia secundaria
draft-filed = presentado
draft-intended = previsto
draft-spouse = cónyuge
draft-child = hijo o hija
draft-days-left = Quedan { $days } días al { $date }
draft-deadline-passed = La fecha límite pasó { $days } días antes del { $date }
draft-on-time = a tiempo, { $days } días antes del último día
draft-late = { $days } días tarde: la Parte C, pregunta 5, debe explicar por qué
draft-no-fee = No hay tarifa para estos formularios y fechas.
draft-late-i730 = { $days } días tarde: la Parte 3 debe explicar las razones humanitarias
draft-page = página { $n } de { $total }

language-es = español
language-en = inglés
language-ar = árabe
language-fr = francés
language-pt = portugués
language-ht = criollo haitiano
language-ru = ruso
language-uk = ucraniano
language-zh = chino
language-fa = persa
language-ps = pastún
language-ti = tigriña
language-am = amárico
language-so = somalí

# The documents of the checklist (form-templates/evidence.json), by id: the document and why it is
# needed: one set for the interview, the command line and the draft, so they are written for
# whoever reads them (the applicant, the attorney): "del solicitante", not "su".
doc-i589-identity = Pasaporte, otro documento de viaje o documento de identidad
doc-i589-identity-why = identidad y nacionalidad del solicitante
doc-i589-i94 = Formulario I-94, Registro de Entrada/Salida
doc-i589-i94-why = el solicitante anota una entrada con un I-94
doc-i589-declaration = Declaración personal escrita que apoya la solicitud
doc-i589-declaration-why = un relato detallado y específico de la solicitud
doc-i589-country-conditions = Evidencia de las condiciones generales en el país donde teme persecución
doc-i589-country-conditions-why = el formulario pide documentos sobre las condiciones del país
doc-i589-spouse-identity = Pasaporte, documento de viaje o documento de identidad del cónyuge incluido
doc-i589-spouse-identity-why = el cónyuge está incluido en la solicitud
doc-i589-spouse-i94 = Formulario I-94 del cónyuge incluido
doc-i589-spouse-i94-why = el cónyuge incluido entró a los Estados Unidos
doc-i589-marriage = Acta de matrimonio
doc-i589-marriage-why = el cónyuge está incluido en la solicitud
doc-i589-prior-marriages = Prueba de que terminó cada matrimonio anterior (sentencia de divorcio, acta de defunción o de anulación)
doc-i589-prior-marriages-why = el solicitante o el cónyuge incluido estuvo casado antes
doc-i589-child-birth = Acta de nacimiento { $sex ->
        [male] del hijo incluido
        [female] de la hija incluida
       *[other] del hijo o hija incluido
    }
doc-i589-child-birth-why = { $sex ->
        [male] el hijo está incluido
        [female] la hija está incluida
       *[other] el hijo o hija está incluido
    } en la solicitud
doc-i589-child-identity = Pasaporte, documento de viaje o documento de identidad { $sex ->
        [male] del hijo incluido
        [female] de la hija incluida
       *[other] del hijo o hija incluido
    }
doc-i589-child-identity-why = { $sex ->
        [male] el hijo está incluido
        [female] la hija está incluida
       *[other] el hijo o hija está incluido
    } en la solicitud
doc-i589-child-i94 = Formulario I-94 { $sex ->
        [male] del hijo incluido
        [female] de la hija incluida
       *[other] del hijo o hija incluido
    }
doc-i589-child-i94-why = { $sex ->
        [male] el hijo incluido entró
        [female] la hija incluida entró
       *[other] el hijo o hija incluido entró
    } a los Estados Unidos
doc-i589-photo-court = Una fotografía tipo pasaporte del solicitante
doc-i589-photo-court-why = las instrucciones del I-589 piden una foto del solicitante y de cada familiar incluido
doc-i589-photo-court-family = Una fotografía tipo pasaporte del familiar incluido
doc-i589-photo-court-family-why = las instrucciones del I-589 piden una foto de cada familiar incluido en la solicitud
doc-i589-photo = Una fotografía tipo pasaporte del solicitante (verifique si USCIS todavía la pide)
doc-i589-photo-why = las instrucciones del I-589 piden una foto del solicitante y de cada familiar incluido; desde el 31 de mayo de 2023 USCIS dice que quienes presentan de forma afirmativa no necesitan enviar fotos (fuentes secundarias, sin confirmar)
doc-i589-photo-family = Una fotografía tipo pasaporte del familiar incluido (verifique si USCIS todavía la pide)
doc-i589-photo-family-why = las instrucciones del I-589 piden una foto de cada familiar incluido; desde el 31 de mayo de 2023 USCIS dice que quienes presentan de forma afirmativa no necesitan enviar fotos (fuentes secundarias, sin confirmar)
doc-i589-copies-court = El Formulario I-589 original y sus copias, como las enumeran las instrucciones
doc-i589-copies-court-why = las instrucciones piden el original firmado y copias del formulario completo
doc-i589-copy-family-court = Una copia más del Formulario I-589 completo para el familiar incluido
doc-i589-copy-family-court-why = las instrucciones piden una copia adicional del formulario completo por cada familiar incluido
doc-i589-copy-family = Una copia más del Formulario I-589 completo para el familiar incluido (verifique si USCIS todavía la pide)
doc-i589-copy-family-why = las instrucciones piden una copia adicional por cada familiar incluido; desde el 31 de mayo de 2023 USCIS dice que quienes presentan de forma afirmativa no necesitan enviar copias adicionales (fuentes secundarias, sin confirmar)
doc-i589-g28 = Formulario G-28 (ante USCIS) o Formulario EOIR-28 (ante el Tribunal de Inmigración), firmado por el solicitante y el abogado o representante acreditado
doc-i589-g28-why = un abogado o representante acreditado preparó la solicitud (Parte E)
doc-i589-court-filing = Presentación ante el Tribunal de Inmigración que tiene el caso (no ante USCIS)
doc-i589-court-filing-why = el solicitante está ahora en procedimientos ante el Tribunal de Inmigración: la solicitud se presenta al tribunal
doc-i589-dhs-service = Prueba de que se entregó una copia de la solicitud al DHS (Oficina del Asesor Legal Principal de ICE)
doc-i589-dhs-service-why = lo que se presenta ante el Tribunal de Inmigración se entrega a la otra parte, el DHS
doc-i589-parole = Documento de permiso de permanencia temporal (parole) (Formulario I-94 que muestra el parole, o el aviso de parole)
doc-i589-parole-why = la persona entró o permanece en los Estados Unidos con parole
doc-i730-status = Prueba de la condición de asilado o la condición de refugiado del peticionario (Formulario I-94 que la muestra, carta de aprobación, orden del juez de inmigración, permiso de trabajo (EAD) o Formulario I-571)
doc-i730-status-why = solo un asilado o refugiado principal puede presentar la petición
doc-i730-g28 = Formulario G-28, firmado por el peticionario y el abogado o representante acreditado
doc-i730-g28-why = un abogado o representante acreditado preparó la petición (la casilla "Form G-28 is attached" de la página 1 está marcada)
doc-i730-photo = Fotografía del beneficiario
doc-i730-photo-why = una foto de cada beneficiario
doc-i730-beneficiary-i94 = Formulario I-94 del beneficiario
doc-i730-beneficiary-i94-why = el beneficiario está en los Estados Unidos
doc-i730-marriage = Acta de matrimonio (peticionario y beneficiario)
doc-i730-marriage-why = el beneficiario es el cónyuge
doc-i730-prior-marriages = Prueba de que terminó cada matrimonio anterior de cualquiera de los cónyuges
doc-i730-prior-marriages-why = el peticionario o el cónyuge estuvo casado antes
doc-i730-name-change = Evidencia de cada cambio legal de nombre
doc-i730-name-change-why = el cónyuge usó otros nombres
doc-i730-birth-mother = Acta de nacimiento { $sex ->
        [male] del hijo
        [female] de la hija
       *[other] del hijo o hija
    } que nombra a la peticionaria como madre
doc-i730-birth-mother-why = el beneficiario es hijo o hija de la peticionaria y la peticionaria es la madre
doc-i730-birth-father = Acta de nacimiento { $sex ->
        [male] del hijo
        [female] de la hija
       *[other] del hijo o hija
    } que nombra al peticionario como padre
doc-i730-birth-father-why = el beneficiario es hijo o hija del peticionario y el peticionario es el padre
doc-i730-parents-marriage = Acta de matrimonio de los padres del hijo o hija (y prueba de que terminaron los matrimonios anteriores)
doc-i730-parents-marriage-why = un hijo o hija del padre nacido dentro del matrimonio
doc-i730-legitimation = Evidencia de la legitimación, o de una relación auténtica de padre e hijo (manutención, impuestos, seguros, registros escolares, cartas, declaraciones juradas)
doc-i730-legitimation-why = un hijo o hija nacido fuera del matrimonio por quien pide el padre
doc-i730-stepchild = Acta de nacimiento del hijo o hija, el acta de matrimonio que creó la relación de hijastro (antes de que cumpliera 18 años) y prueba de que terminaron los matrimonios anteriores
doc-i730-stepchild-why = el beneficiario es hijastro o hijastra
doc-i730-adoption = Sentencia de adopción (antes de los 16 años) y evidencia de dos años de custodia legal y residencia conjunta
doc-i730-adoption-why = el beneficiario es un hijo o hija adoptivo
doc-i730-in-utero = Evidencia de que el hijo o hija fue concebido antes de la aprobación o la admisión (expedientes médicos)
doc-i730-in-utero-why = el hijo o hija nació después de la aprobación o la admisión
doc-i485-status = Prueba de la condición de asilado o la condición de refugiado (aviso de aprobación, Formulario I-94, carta de aprobación u orden del juez de inmigración)
doc-i485-status-why = el ajuste según la sección 209 de la Ley de Inmigración y Nacionalidad requiere la condición de asilado o la condición de refugiado
doc-i485-i94 = Formulario I-94, Registro de Entrada/Salida
doc-i485-i94-why = las instrucciones del I-485 piden una copia del I-94
doc-i485-g28 = Formulario G-28, firmado por el solicitante y el abogado o representante acreditado
doc-i485-g28-why = un abogado o representante acreditado preparó la solicitud (la casilla "Form G-28 is attached" de la página 1 está marcada)
doc-i485-photos = Dos fotografías a color idénticas, tipo pasaporte, de 2x2 pulgadas
doc-i485-photos-why = todo solicitante del I-485
doc-i485-photo-id = Identificación con foto emitida por un gobierno
doc-i485-photo-id-why = todo solicitante del I-485
doc-i485-birth = Acta de nacimiento (no se exige a asilados y refugiados; envíela si la tiene)
doc-i485-birth-why = identidad; opcional según la sección 209 de la Ley de Inmigración y Nacionalidad
doc-i485-medical = Formulario I-693, Informe de Examen Médico de Inmigración (sellado), o el registro de vacunas del refugiado
doc-i485-medical-why = desde el 2 de diciembre de 2024, un I-485 que necesita examen médico se presenta con él
doc-i485-presence = Evidencia de un año de presencia física desde la aprobación o la admisión (contratos de arrendamiento, talones de pago, registros escolares)
doc-i485-presence-why = se requiere un año de presencia física
doc-i485-waiver = Formulario I-602, Solicitud de Refugiado de Exención de Causales de Inadmisibilidad
doc-i485-waiver-why = aplica una causal de inadmisibilidad
doc-i485-derivative-marriage = Acta de matrimonio (principal y cónyuge derivado)
doc-i485-derivative-marriage-why = el solicitante es el cónyuge derivado del principal
doc-i485-derivative-birth = Acta de nacimiento que nombra al principal como padre o madre
doc-i485-derivative-birth-why = el solicitante es el hijo o hija derivado del principal

# Finding sentences the command-line outputs and the draft use besides those the review already
# had (keyed by code; the English message, with the facts, follows them).
finding-case-duplicate-person-id = Dos personas del caso tienen el mismo identificador; cada una necesita el suyo.
finding-text-control-character = Este texto tiene un carácter de control invisible; bórrelo.
finding-text-bidi-control = Este texto tiene un carácter invisible que cambia la dirección del texto; bórrelo.
finding-person-marriage-after-spouse-birth = La fecha del matrimonio debe ser posterior al nacimiento del cónyuge.
finding-person-document-expiry-after-issue = El documento debe vencer después de la fecha en que se emitió.
finding-person-listed-twice = Parece que la misma persona aparece dos veces (mismo nombre y fecha de nacimiento).
finding-person-a-number-shared = Dos personas tienen el mismo Número de Registro de Extranjero (A-Number).
finding-i589-unaccompanied-child = Sobre la excepción de la fecha límite de un año para un menor no acompañado:
finding-i589-spouse-is-current = El cónyuge de la Parte A.II debe ser el cónyuge actual.
finding-i589-spouse-included-in-us = Solo se puede incluir al cónyuge si está en los Estados Unidos.
finding-i589-child-included-eligible = Solo se puede incluir a un hijo o hija soltero, en los Estados Unidos y menor de 21 años en la fecha de presentación.
finding-i589-every-child-listed = Anote en el I-589 a cada hijo o hija, sin importar la edad, el estado civil o dónde vive.
finding-i589-supplement-a = Más de cuatro hijos: los demás continúan en el Suplemento A.
finding-i589-children-unstated = El caso no anota ningún hijo, así que el I-589 marca "No tengo hijos": confirme que no tiene hijos de ninguna edad, estado civil o lugar.
finding-i589-no-travel-document = El caso no anota ningún pasaporte ni documento de viaje: las preguntas 20 a 22 de la Parte A.I quedan vacías.
finding-i589-cat-boxes-agree = Las respuestas sobre la Convención contra la Tortura no coinciden entre la página 1 y la Parte B.
finding-i589-organizations-continuing = La Parte B, pregunta 3.B, solo puede ser Sí cuando la pregunta 3.A es Sí.
finding-i730-petitioner-eligible = Solo el asilado o refugiado principal puede presentar el I-730.
finding-i730-beneficiary-relationship = El beneficiario debe ser el cónyuge o un hijo o hija soltero del peticionario.
finding-i730-beneficiary-already-granted = Un beneficiario que ya tiene estatus de asilado o refugiado propio no puede ser beneficiario del I-730.
finding-i730-spouse-married-before-grant = El cónyuge debe haberse casado con el peticionario a más tardar en la fecha de la aprobación o la admisión.
finding-i730-child-eligible = El hijo o hija debe haber nacido (o sido concebido) antes de la aprobación o la admisión, y tener menos de 21 años en la fecha de la solicitud del principal.
finding-i730-stepchild-adopted = Sobre la relación de hijastro o de adopción:
finding-i730-father-out-of-wedlock = Para un hijo o hija nacido fuera del matrimonio, el padre necesita evidencia de legitimación o de una relación auténtica de padre e hijo.
finding-i730-two-year-deadline = Sobre la fecha límite de dos años para presentar el I-730:
finding-i730-numbering = Numere las peticiones I-730 del mismo peticionario de 1 a N, sin saltos.
finding-i730-child-kind-for-child = El tipo de hijo (biológico, hijastro, adoptivo) solo se da para un hijo o hija beneficiario.
finding-i485-category-facts = La categoría del I-485 no coincide con los hechos del caso.
finding-i485-last-arrival-matches = La última llegada del I-485 debe ser la entrada más reciente anotada para la persona.
finding-i485-one-year-presence = Sobre el año de presencia física después de la aprobación o la admisión:
finding-i485-medical-exam = El examen médico (Formulario I-693) se presenta con el I-485.
finding-i485-trip-to-persecution-country = Un viaje al país de persecución después de la aprobación: hable con un abogado antes de presentar el I-485.
finding-i589-us-addresses = El I-589 pide aquí una dirección en los Estados Unidos: una dirección del extranjero no cabe (no hay casilla para la provincia ni el país).
finding-i485-us-addresses = El I-485 pide aquí una dirección en los Estados Unidos: una dirección del extranjero no cabe (no hay casilla para la provincia ni el país).
finding-case-beneficiary-on-i589 = Cada beneficiario del I-730 debe aparecer como cónyuge o hijo en el I-589 del principal.
finding-case-grant-dates-agree = La fecha de aprobación (o de admisión) debe ser la misma en cada formulario del mismo principal.
finding-case-status-agrees = El estatus que dice el formulario no coincide con el estatus migratorio actual de la persona.
finding-case-latin-script = Las respuestas que se imprimen deben estar en el alfabeto latino (transliteradas).
finding-case-english-narrative = Esta explicación no está en inglés: necesita una traducción certificada al inglés.
finding-complete-i589 = Falta contestar una pregunta del I-589.
finding-complete-i730 = Falta contestar una pregunta del I-730.
finding-complete-i485 = Falta contestar una pregunta del I-485.
finding-complete-i485-support = Para cada período sin trabajo o de jubilación, el I-485 pide de qué se mantuvo la persona (Parte 4).
finding-answer-missing = Falta contestar esta pregunta.
finding-input-bom = El archivo empieza con una marca de orden de bytes (BOM), que JSON no permite.
finding-input-empty = El archivo está vacío.
finding-input-unreadable = No se puede leer el archivo.
finding-input-utf8 = El archivo no está en UTF-8.
finding-json-syntax = El archivo no es JSON válido.
finding-json-trailing = Hay texto después del final del JSON.
finding-batch-panic = El programa falló con este caso; los demás casos no se afectaron.
finding-batch-write = No se pudieron escribir los archivos de este caso.

weekday-1 = lunes
weekday-2 = martes
weekday-3 = miércoles
weekday-4 = jueves
weekday-5 = viernes
weekday-6 = sábado
weekday-7 = domingo

# El nombre del árabe en árabe, para la lista de idiomas (locales/ar/).
lang-name-ar = العربية
# El nombre del idioma dentro de una frase ("en sus propias palabras, en español").
lang-inline-es = español

# Un enlace del resumen de errores: la pregunta y lo que falta en su respuesta.
error-summary-item = { $label }: { $message }

# Dónde está una pregunta en el formulario, cuando el formulario no numera la pregunta.
review-page = página { $n }
