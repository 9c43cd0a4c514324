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
checklist-i589-identity = Pasaporte, otro documento de viaje o documento de identidad
checklist-i589-i94 = Formulario I-94, Registro de Entrada/Salida
checklist-i589-declaration = Su declaración escrita que apoya su solicitud
checklist-i589-country-conditions = Informes sobre las condiciones generales en el país que teme
checklist-i589-spouse-identity = Pasaporte, documento de viaje o documento de identidad de su cónyuge
checklist-i589-spouse-i94 = Formulario I-94 de su cónyuge
checklist-i589-marriage = Acta de matrimonio
checklist-i589-prior-marriages = Prueba de que terminó cada matrimonio anterior (sentencia de divorcio, acta de defunción o anulación)
checklist-i589-child-birth = Acta de nacimiento del hijo o hija
checklist-i589-child-identity = Pasaporte, documento de viaje o documento de identidad del hijo o hija
checklist-i589-child-i94 = Formulario I-94 del hijo o hija

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

# El nombre del árabe en árabe, para la lista de idiomas (locales/ar/).
lang-name-ar = العربية
# El nombre del idioma dentro de una frase ("en sus propias palabras, en español").
lang-inline-es = español

# Los demás documentos de la lista (ids de form-templates/evidence.json).
checklist-i589-photo-court = Una fotografía tipo pasaporte de usted
checklist-i589-photo-court-family = Una fotografía tipo pasaporte del familiar incluido en su solicitud
checklist-i589-photo = Una fotografía tipo pasaporte de usted (verifique si USCIS todavía la pide)
checklist-i589-photo-family = Una fotografía tipo pasaporte del familiar incluido (verifique si USCIS todavía la pide)
checklist-i589-copies-court = El Formulario I-589 original firmado y las copias que piden las instrucciones
checklist-i589-copy-family-court = Una copia más de su Formulario I-589 completo para el familiar incluido
checklist-i589-copy-family = Una copia más de su Formulario I-589 completo para el familiar incluido (verifique si USCIS todavía la pide)
checklist-i589-g28 = Formulario G-28 (ante USCIS) o Formulario EOIR-28 (ante el Tribunal de Inmigración), firmado por usted y por su abogado o representante acreditado
checklist-i589-court-filing = Presente su solicitud ante el Tribunal de Inmigración que tiene su caso (no ante USCIS)
checklist-i589-dhs-service = Prueba de que entregó una copia de su solicitud al DHS (la Oficina del Asesor Legal Principal de ICE)
checklist-i589-parole = Documento de permiso de permanencia temporal (parole): el Formulario I-94 que muestra el parole, o el aviso de parole
checklist-i730-status = Prueba de la condición de asilado o de la condición de refugiado del peticionario (el Formulario I-94 que la muestra, la carta de aprobación, la orden del juez de inmigración, el permiso de trabajo (EAD) o el Formulario I-571)
checklist-i730-photo = Una fotografía del beneficiario
checklist-i730-beneficiary-i94 = Formulario I-94 del beneficiario
checklist-i730-marriage = Acta de matrimonio del peticionario y del beneficiario
checklist-i730-prior-marriages = Prueba de que terminó cada matrimonio anterior de cualquiera de los cónyuges
checklist-i730-name-change = Prueba de cada cambio legal de nombre
checklist-i730-birth-mother = Acta de nacimiento del hijo o hija en la que el peticionario figura como madre
checklist-i730-birth-father = Acta de nacimiento del hijo o hija en la que el peticionario figura como padre
checklist-i730-parents-marriage = Acta de matrimonio de los padres del hijo o hija (y prueba de que terminaron los matrimonios anteriores)
checklist-i730-legitimation = Prueba de la legitimación, o de una relación real entre padre o madre e hijo (registros de manutención, impuestos, seguro y escuela, cartas, declaraciones juradas)
checklist-i730-stepchild = Acta de nacimiento del hijo o hija, el acta del matrimonio que creó la relación de hijastro (antes de que cumpliera 18 años) y prueba de que terminaron los matrimonios anteriores
checklist-i730-adoption = Sentencia de adopción (adoptado antes de los 16 años) y prueba de dos años de custodia legal y de vivir juntos
checklist-i730-in-utero = Prueba de que el hijo o hija fue concebido antes de la aprobación o la admisión (registros médicos)
checklist-i485-status = Prueba de la condición de asilado o de la condición de refugiado (aviso de aprobación, Formulario I-94, carta de aprobación u orden del juez de inmigración)
checklist-i485-i94 = Formulario I-94, Registro de Entrada/Salida
checklist-i485-photos = Dos fotografías idénticas a color, tipo pasaporte, de 2 x 2 pulgadas
checklist-i485-photo-id = Un documento de identidad con su fotografía emitido por el gobierno
checklist-i485-birth = Acta de nacimiento (no se exige a los asilados ni a los refugiados; envíela si la tiene)
checklist-i485-medical = Formulario I-693, Informe de Examen Médico de Inmigración (sellado), o el registro de vacunas de refugiado
checklist-i485-presence = Prueba de un año de presencia física en los Estados Unidos desde la aprobación o la admisión (contratos de alquiler, talones de pago, registros escolares)
checklist-i485-waiver = Formulario I-602, Solicitud de Exención de Causales de Inadmisibilidad para Refugiados
checklist-i485-derivative-marriage = Acta de matrimonio del solicitante principal y del cónyuge derivado
checklist-i485-derivative-birth = Acta de nacimiento que nombra al solicitante principal como padre o madre

# Un enlace del resumen de errores: la pregunta y lo que falta en su respuesta.
error-summary-item = { $label }: { $message }

# Dónde está una pregunta en el formulario, cuando el formulario no numera la pregunta.
review-page = página { $n }
