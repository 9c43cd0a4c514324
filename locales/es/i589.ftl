# Las pantallas del I-589 en español (form-templates/i-589/01-20-25/questions.toml).

i589-title = Formulario I-589, Solicitud de Asilo y de Suspensión de Remoción

i589-filing = ¿Cuándo va a presentar su solicitud de asilo?
    .why = Su fecha límite y las edades de sus hijos se cuentan hasta esta fecha.
i589-filing-date = Fecha
i589-filing-status = ¿Ya la presentó?

i589-name = ¿Cuál es su nombre?
    .why = Escriba su nombre exactamente como aparece en su pasaporte u otro documento de identidad.
i589-name-family = Apellido(s)
i589-name-given = Nombre de pila
i589-name-middle = Segundo nombre
i589-name-native = Su nombre completo en el alfabeto de su idioma
    .hint = Por ejemplo, en letras árabes o amháricas. Déjelo vacío si es igual.

i589-other-names = ¿Ha usado otros nombres?
    .why = El formulario pide todos los nombres que ha usado, incluidos apellidos de soltera y alias.
i589-other-names-family = Apellido(s)
i589-other-names-given = Nombre de pila
i589-other-names-kind = ¿Qué tipo de nombre es?

i589-birth = ¿Cuándo y dónde nació?
    .why = Su fecha y lugar de nacimiento lo identifican en el formulario.
i589-birth-date = Fecha de nacimiento
i589-birth-city = Ciudad o pueblo de nacimiento
i589-birth-country = País de nacimiento
i589-birth-sex = Sexo

i589-nationality = Su nacionalidad, grupo étnico y religión
    .why = Pueden ser parte de la razón por la que teme daño. Escríbalos como usted se describe.
i589-nationality-nationality = Nacionalidad actual (ciudadanía)
i589-nationality-ethnic = Raza, grupo étnico o tribal
i589-nationality-religion = Religión
i589-nationality-marital = Estado civil

i589-contact = ¿Dónde vive en los Estados Unidos?
    .why = USCIS envía las cartas sobre su caso a esta dirección.
i589-contact-street = Número y nombre de la calle
i589-contact-unit = Número de apartamento
i589-contact-city = Ciudad o pueblo
i589-contact-state = Estado
    .hint = Dos letras, por ejemplo: TX
i589-contact-zip = Código postal (ZIP)
i589-contact-phone = Número de teléfono

i589-entry = Su última llegada a los Estados Unidos
    .why = El formulario pregunta cuándo, dónde y cómo entró la última vez.
i589-entry-date = Fecha de su última llegada
i589-entry-place = Lugar de llegada (ciudad y estado, o cruce fronterizo)
i589-entry-status = Su estatus cuando llegó
    .hint = Por ejemplo: parolee (con permiso de permanencia temporal), B-2 visitor (visitante) o "no status" (entró sin inspección).
i589-entry-left = Fecha en que salió de su país
    .hint = El país del que pide asilo.

i589-documents = Su pasaporte y otros documentos de viaje
    .why = El formulario pide el pasaporte o documento de viaje que tenga, aunque esté vencido.
i589-documents-kind = Tipo de documento
i589-documents-number = Número del documento
i589-documents-country = País que lo expidió
i589-documents-expires = Fecha de vencimiento

i589-languages = ¿Qué idiomas habla?
    .why = Si necesita un intérprete en su entrevista, esto le dice a USCIS en qué idioma.
i589-languages-native = Su idioma materno
i589-languages-english = ¿Habla inglés con fluidez?

i589-ids = Tribunal de Inmigración y sus números
    .why = El formulario pregunta si alguna vez ha estado ante el Tribunal de Inmigración, y sus números si los tiene.
i589-ids-court = ¿Alguna vez ha estado en procedimientos ante el Tribunal de Inmigración?
i589-ids-anumber = Número de Registro de Extranjero (Número A), si lo tiene
    .hint = Empieza con A y tiene 8 o 9 dígitos, por ejemplo A012345678.
i589-ids-ssn = Número de Seguro Social de los EE. UU., si lo tiene

i589-last-address = Su última dirección antes de venir a los Estados Unidos
    .why = El formulario pide su última dirección antes de venir aquí, y su última dirección en el país que teme, si es otra.
i589-last-address-street = Número y nombre de la calle
i589-last-address-city = Ciudad o pueblo
i589-last-address-province = Departamento, provincia o estado
i589-last-address-country = País
i589-last-address-from = Desde (fecha)
i589-last-address-to = Hasta (fecha)

i589-residences = ¿Dónde ha vivido en los últimos cinco años?
    .why = El formulario pide cada dirección de los últimos cinco años, empezando por donde vive ahora.
i589-residences-street = Número y nombre de la calle
i589-residences-city = Ciudad o pueblo
i589-residences-state = Estado de los EE. UU. (solo para una dirección en los Estados Unidos)
i589-residences-zip = Código postal (solo para una dirección en los Estados Unidos)
i589-residences-province = Departamento, provincia o estado (fuera de los Estados Unidos)
i589-residences-country = País (fuera de los Estados Unidos)
i589-residences-from = Desde (fecha)
i589-residences-to = Hasta (fecha)
    .hint = Déjelo vacío si todavía vive allí.

i589-education = ¿A qué escuelas ha asistido?
    .why = El formulario pide cada escuela a la que asistió, empezando por la más reciente.
i589-education-name = Nombre de la escuela
i589-education-kind = Tipo de escuela
    .hint = Por ejemplo: primaria, secundaria, universidad, escuela técnica.
i589-education-location = Lugar (ciudad y país)
i589-education-from = Desde (fecha)
i589-education-to = Hasta (fecha)

i589-employment = ¿Dónde ha trabajado en los últimos cinco años?
    .why = El formulario pide cada trabajo de los últimos cinco años, empezando por el más reciente.
i589-employment-employer = Nombre del empleador
    .hint = Si no trabajó, escriba "Unemployed" (desempleado).
i589-employment-occupation = Su ocupación
i589-employment-street = Calle del empleador
i589-employment-city = Ciudad del empleador
i589-employment-country = País del empleador
i589-employment-from = Desde (fecha)
i589-employment-to = Hasta (fecha)
    .hint = Déjelo vacío si todavía trabaja allí.

i589-mother = Su madre
    .why = El formulario pregunta por sus padres: sus nombres, dónde nacieron y dónde están ahora.
i589-mother-family = Apellido(s) de ella
i589-mother-given = Nombre de pila de ella
i589-mother-birth = Fecha de nacimiento de ella
i589-mother-city = Ciudad o pueblo donde nació
i589-mother-country = País donde nació
i589-mother-nationality = Nacionalidad de ella
i589-mother-inus = ¿Está ella en los Estados Unidos ahora?
i589-mother-location = ¿Dónde vive ahora? (ciudad y país)
    .hint = Déjelo vacío si falleció.

i589-persecution-country = ¿En qué país sufrió daño, o a qué país teme regresar?
    .why = Normalmente es el país de su nacionalidad; si no tiene ninguna, el país donde vivió por última vez. El formulario no lo imprime, pero permite que esta herramienta le avise antes de un viaje a ese país, que puede poner fin a su protección.
i589-persecution-country-country = País
    .hint = En inglés, por ejemplo Ethiopia.

i589-grounds = ¿Por qué pide asilo?
    .why = Marque cada razón que aplique. El asilo es para personas que temen daño por una o más de estas razones.
i589-grounds-race = Raza
i589-grounds-religion = Religión
i589-grounds-nationality = Nacionalidad
i589-grounds-political = Opinión política
i589-grounds-social = Pertenencia a un grupo social determinado
i589-grounds-torture = Convención contra la Tortura
i589-grounds-cat = ¿También quiere pedir la suspensión de remoción bajo la Convención contra la Tortura?

i589-past-harm = ¿Alguna vez usted, su familia, o amigos cercanos o colegas han sufrido daño, maltrato o amenazas en el pasado por parte de cualquier persona?
    .why = Esto es el centro de su solicitud. Escriba en detalle lo que pasó.
i589-past-harm-explain = Si contestó sí: ¿qué pasó, cuándo, quién causó el daño o las amenazas, y por qué cree que pasó?

i589-fear-of-harm = ¿Teme sufrir daño o maltrato si regresa a su país de origen?
    .why = El asilo protege a las personas que temen daño si regresan.
i589-fear-of-harm-explain = Si contestó sí: ¿qué daño teme, quién le haría daño, y por qué?

i589-arrested = ¿Alguna vez usted o sus familiares han sido acusados, imputados, arrestados, detenidos, interrogados, condenados y sentenciados, o encarcelados en algún país que no sea los Estados Unidos?
    .why = Esto incluye arrestos por violar leyes de inmigración.
i589-arrested-explain = Si contestó sí: ¿qué pasó, y por qué?

i589-organizations = ¿Alguna vez usted o sus familiares han pertenecido o estado asociados con alguna organización o grupo en su país de origen?
    .why = Por ejemplo: un partido político, grupo estudiantil, sindicato, organización religiosa, grupo militar o paramilitar, grupo étnico, grupo de derechos humanos, o la prensa o los medios.
i589-organizations-explain = Si contestó sí: para cada persona, el nivel de participación, los cargos de liderazgo u otros que tuvo, y por cuánto tiempo.

i589-organizations-now = ¿Usted o sus familiares siguen participando de alguna manera en estas organizaciones o grupos?
    .why = El formulario pregunta por la participación de ahora, además de la del pasado.
i589-organizations-now-explain = Si contestó sí: el nivel de participación de ahora, los cargos que tiene, y por cuánto tiempo.

i589-torture = ¿Teme ser sometido a tortura en su país de origen o en cualquier otro país al que pueda ser devuelto?
    .why = Tortura significa dolor o sufrimiento grave causado a propósito por un funcionario público, o con su consentimiento.
i589-torture-explain = Si contestó sí: ¿por qué tiene miedo, qué tipo de tortura, por quién, y por qué?

i589-prior-applications = ¿Alguna vez usted, su cónyuge, sus hijos, sus padres o sus hermanos han solicitado al Gobierno de los Estados Unidos la condición de refugiado, asilo o suspensión de remoción?
    .why = El formulario pregunta por solicitudes anteriores suyas y de su familia cercana.
i589-prior-applications-explain = Si contestó sí: quién lo solicitó, la decisión, y qué pasó con el estatus que recibió.

i589-other-countries = Otros países en su camino
    .why = El formulario pregunta por los países por los que pasó o en los que vivió después de salir.
i589-other-countries-travelled = Después de salir del país del que pide asilo, ¿usted o su cónyuge o hijos que ahora están en los Estados Unidos viajaron por otro país o vivieron en otro país antes de entrar a los Estados Unidos?
i589-other-countries-status = ¿Alguna vez usted, su cónyuge, sus hijos u otros familiares (como sus padres o hermanos) han solicitado o recibido algún estatus legal en algún país que no sea del que pide asilo?
i589-other-countries-explain = Si contestó Sí a cualquiera de las dos preguntas: para cada persona, cada país y cuánto tiempo se quedó, su estatus allí, por qué se fue, si puede regresar a vivir allí, y si solicitó la condición de refugiado o asilo allí (y si no, por qué no).

i589-harmed-others = ¿Alguna vez usted, su cónyuge o sus hijos han ordenado, incitado, ayudado o participado de otra manera en causar daño o sufrimiento a cualquier persona por su raza, religión, nacionalidad, pertenencia a un grupo social determinado u opinión política?
    .why = El formulario le hace esta pregunta a cada solicitante.
i589-harmed-others-explain = Si contestó sí: describa cada incidente y su participación.

i589-returned = Después de salir del país donde sufrió daño o teme daño, ¿regresó a ese país?
    .why = El formulario pregunta por cualquier viaje de regreso.
i589-returned-explain = Si contestó sí: las fechas de cada viaje, por qué fue, y cuánto tiempo se quedó.

i589-one-year = ¿Presenta esta solicitud más de un año después de su última llegada a los Estados Unidos?
    .why = Por lo general debe pedir asilo dentro del año siguiente a su última llegada. Hay excepciones por circunstancias cambiadas o extraordinarias.
i589-one-year-explain = Si contestó sí: explique por qué no la presentó dentro del primer año.

i589-crimes = ¿Alguna vez usted o algún familiar incluido en esta solicitud ha cometido algún delito, o ha sido arrestado, acusado, condenado o sentenciado por algún delito en los Estados Unidos?
    .why = Esto incluye arrestos por violar leyes de inmigración.
i589-crimes-explain = Si contestó sí: para cada caso, qué pasó, las fechas, por cuánto tiempo, y cuál fue el resultado.

i589-legal-services = ¿Le dieron una lista de personas que pueden ayudarle con su solicitud de asilo a bajo costo o gratis?
    .why = El formulario pregunta esto cuando usted lo firma.
i589-legal-services-received = ¿Le dieron la lista?

i589-nationality-at-birth = Nacionalidad al nacer, si es otra
i589-mailing = Su dirección postal, si es otra
    .why = Si las cartas deben ir a otra dirección (por ejemplo, a cargo de un amigo o de una oficina de ayuda legal), escríbala aquí. Déjela vacía si las cartas pueden llegar a donde vive.
i589-mailing-care-of = A cargo de (nombre)
i589-mailing-street = Número y nombre de la calle
i589-mailing-unit = Número de apartamento
i589-mailing-city = Ciudad o pueblo
i589-mailing-state = Estado
i589-mailing-zip = Código postal (ZIP)
i589-entry-expires = Fecha en que vence su estatus, si vence
i589-entry-i94 = Número del Formulario I-94, Registro de Entrada/Salida, si lo tiene
i589-ids-uscis = Número de Cuenta en Línea de USCIS, si lo tiene
i589-mother-native = Nombre completo de ella en el alfabeto de su idioma
i589-mother-deceased = Ella falleció
i589-father = Su padre
    .why = El formulario pregunta por sus padres. Si no sabe algo sobre su padre, déjelo vacío y continúe.
i589-father-family = Apellido(s) de él
i589-father-given = Nombre de pila de él
i589-father-birth = Fecha de nacimiento de él
i589-father-city = Ciudad o pueblo donde nació
i589-father-country = País donde nació
i589-father-nationality = Nacionalidad de él
i589-father-native = Nombre completo de él en el alfabeto de su idioma
i589-father-deceased = Él falleció
i589-father-inus = ¿Está él en los Estados Unidos ahora?
i589-father-location = ¿Dónde vive ahora? (ciudad y país)

i589-spouse = Su cónyuge
    .why = El formulario pregunta por su esposo o esposa, aunque no esté en los Estados Unidos y aunque usted no lo incluya en su solicitud.
i589-spouse-family = Apellido(s)
i589-spouse-given = Nombre de pila
i589-spouse-middle = Segundo nombre
i589-spouse-birth = Fecha de nacimiento
i589-spouse-city = Ciudad o pueblo de nacimiento
i589-spouse-country = País de nacimiento
i589-spouse-nationality = Nacionalidad (ciudadanía)
i589-spouse-ethnic = Raza, grupo étnico o tribal
i589-spouse-sex = Sexo
i589-spouse-married = Fecha de su matrimonio
i589-spouse-place = Lugar de su matrimonio (ciudad y país)

i589-spouse-status = Dónde está su cónyuge ahora
    .why = Un cónyuge solo se puede incluir en su solicitud si está en los Estados Unidos.
i589-spouse-status-inus = ¿Está su cónyuge en los Estados Unidos ahora?
i589-spouse-status-location = Si no: ¿dónde está su cónyuge ahora? (ciudad y país)
i589-spouse-status-include = ¿Quiere incluir a su cónyuge en esta solicitud?
    .hint = Solo se puede incluir a un cónyuge que esté en los Estados Unidos.
i589-spouse-status-court = ¿Alguna vez ha estado su cónyuge en procedimientos ante el Tribunal de Inmigración?
i589-spouse-status-anumber = Número de Registro de Extranjero (Número A) de su cónyuge, si lo tiene
i589-spouse-status-ssn = Número de Seguro Social de los EE. UU. de su cónyuge, si lo tiene
i589-spouse-status-entry-date = Fecha de la última llegada de su cónyuge a los Estados Unidos
i589-spouse-status-entry-place = Lugar de esa llegada
i589-spouse-status-entry-status = Estatus de su cónyuge cuando llegó
i589-spouse-status-i94 = Número del I-94 de su cónyuge, si lo tiene
i589-spouse-status-status = Estatus actual de su cónyuge
    .hint = Déjelo vacío si su cónyuge no tiene ningún estatus en los Estados Unidos.
i589-spouse-status-expires = Fecha en que vence el estatus de su cónyuge, si vence

i589-preparer = ¿Alguien más preparó esta solicitud por usted?
    .why = Si una persona que no es usted, su cónyuge, su padre, su madre o un hijo preparó el formulario (por ejemplo, un abogado o alguien de una organización comunitaria), el formulario pide su nombre y dirección, y esa persona firma la Parte E. Si nadie lo hizo, deje todo vacío y continúe.
i589-preparer-family = Apellido(s) del preparador
i589-preparer-given = Nombre de pila del preparador
i589-preparer-organization = Nombre de la organización, si la hay
i589-preparer-street = Número y nombre de la calle
i589-preparer-unit = Número de oficina o apartamento
i589-preparer-city = Ciudad o pueblo
i589-preparer-state = Estado
i589-preparer-zip = Código postal (ZIP)
i589-preparer-phone = Número de teléfono
i589-preparer-attorney = ¿Es el preparador un abogado o un representante acreditado?
i589-preparer-bar = Número de colegiatura (bar number), si es abogado
i589-preparer-uscis = Número de Cuenta en Línea de USCIS del preparador, si lo tiene

# ---- Issue 18: children, siblings, the spouse's other names and documents, Part D helpers ----

i589-spouse-other-names = ¿Ha usado su cónyuge otros nombres?
    .why = El formulario pide el apellido de soltera de su cónyuge y otros nombres que haya usado. Si no hay ninguno, deje las casillas vacías y continúe.
i589-spouse-other-names-family = Apellido(s)
i589-spouse-other-names-given = Nombre de pila
i589-spouse-other-names-kind = ¿Qué tipo de nombre es?

i589-spouse-documents = Pasaporte o documentos de identidad de su cónyuge
    .why = El formulario pide el número del pasaporte o de la tarjeta de identidad de su cónyuge. Si su cónyuge no tiene ninguno, deje las casillas vacías y continúe.
i589-spouse-documents-kind = Tipo de documento
i589-spouse-documents-number = Número del documento
i589-spouse-documents-country = País que lo expidió
i589-spouse-documents-expires = Fecha en que vence

i589-children = Sus hijos
    .why = El formulario pregunta por cada hijo o hija que usted tenga, sin importar su edad, dónde vive o si está casado. Un hijo soltero, menor de 21 años y que está en los Estados Unidos puede incluirse en su solicitud. Si no tiene hijos, deje las casillas vacías y oprima "Guardar y continuar".
i589-children-family = Apellido(s) del hijo o de la hija
i589-children-given = Nombre de pila del hijo o de la hija
i589-children-middle = Segundo nombre del hijo o de la hija
i589-children-birth = Fecha de nacimiento del hijo o de la hija
i589-children-city = Ciudad o pueblo donde nació
i589-children-country = País donde nació
i589-children-nationality = Nacionalidad (ciudadanía) del hijo o de la hija
i589-children-ethnic = Raza, grupo étnico o tribal del hijo o de la hija
i589-children-sex = Sexo
i589-children-marital = Estado civil del hijo o de la hija
i589-children-anumber = Número de Registro de Extranjero (Número A) del hijo o de la hija, si lo tiene
i589-children-ssn = Número de Seguro Social de los EE. UU. del hijo o de la hija, si lo tiene
i589-children-doc-number = Número del pasaporte o de la tarjeta de identidad, si lo tiene
i589-children-doc-kind = Tipo de documento
    .hint = Solo si escribió un número de documento.
i589-children-doc-country = País que expidió el documento
    .hint = Solo si escribió un número de documento.
i589-children-inus = ¿Está este hijo o esta hija en los Estados Unidos ahora?
i589-children-location = Si no: ¿dónde vive ahora? (ciudad y país)
i589-children-entry-place = Solo si está en los Estados Unidos: lugar de su última llegada
i589-children-entry-date = Fecha de esa llegada
    .hint = Solo si está en los Estados Unidos.
i589-children-i94 = Número del I-94 del hijo o de la hija, si lo tiene
i589-children-entry-status = Estatus cuando llegó (por ejemplo, visitante B-2)
    .hint = Solo si está en los Estados Unidos.
i589-children-status = Estatus actual del hijo o de la hija
    .hint = Déjelo vacío si no tiene ningún estatus en los Estados Unidos.
i589-children-status-asylee = Asilado
i589-children-status-refugee = Refugiado
i589-children-status-parolee = Con permiso de permanencia temporal (parole)
i589-children-status-lawful_permanent_resident = Residente permanente legal
i589-children-status-nonimmigrant = No inmigrante (visitante, estudiante, trabajador)
i589-children-status-entered_without_inspection = Entró sin inspección (sin estatus)
i589-children-status-temporary_protected_status = Estatus de Protección Temporal
i589-children-status-other = Otro
i589-children-status-detail = Para un no inmigrante: la clase de visa (por ejemplo, B-2). Para "Otro": el estatus en palabras.
i589-children-expires = Fecha en que vence su estadía autorizada, si vence
i589-children-court = ¿Alguna vez ha estado este hijo o esta hija en procedimientos ante el Tribunal de Inmigración?
    .hint = Solo si está en los Estados Unidos.
i589-children-include = Si este hijo o esta hija está en los Estados Unidos: ¿quiere incluirlo en su solicitud?
    .hint = Solo se puede incluir a un hijo soltero menor de 21 años que esté en los Estados Unidos. Si no está en los Estados Unidos, no se pregunta.
i589-children-include-abroad = No incluido: solo se puede incluir en su solicitud a un hijo o una hija que esté en los Estados Unidos (8 CFR 208.3(a); Formulario I-589, Parte A.II, pregunta 21).

i589-siblings = Sus hermanos y hermanas
    .why = El formulario pide el nombre, el lugar de nacimiento y el lugar donde vive ahora cada hermano y hermana. Si no tiene ninguno, deje las casillas vacías y oprima "Guardar y continuar".
i589-siblings-family = Apellido(s)
i589-siblings-given = Nombre de pila
i589-siblings-middle = Segundo nombre
i589-siblings-birth = Fecha de nacimiento
i589-siblings-city = Ciudad o pueblo de nacimiento
i589-siblings-country = País de nacimiento
i589-siblings-nationality = Nacionalidad (ciudadanía)
i589-siblings-sex = Sexo
i589-siblings-deceased = Esta persona falleció
i589-siblings-inus = ¿Está esta persona en los Estados Unidos ahora?
i589-siblings-location = ¿Dónde vive ahora? (ciudad y país)

i589-family-assisted = ¿Le ayudó su cónyuge, su padre, su madre o un hijo a llenar esta solicitud?
    .why = Cuando usted firma, el formulario pregunta si un familiar le ayudó. Agregue a cada uno que le ayudó. Si nadie le ayudó, deje las casillas vacías y oprima "Guardar y continuar".
i589-family-assisted-name = Nombre completo del familiar
i589-family-assisted-relationship = Parentesco con usted, en inglés (por ejemplo, spouse, mother, son)

# The spouse's current status (Part A.II item 20) is one of the statuses the case file knows.
i589-spouse-status-status-asylee = Asilado
i589-spouse-status-status-refugee = Refugiado
i589-spouse-status-status-parolee = Con permiso de permanencia temporal (parole)
i589-spouse-status-status-lawful_permanent_resident = Residente permanente legal
i589-spouse-status-status-nonimmigrant = No inmigrante (visitante, estudiante, trabajador)
i589-spouse-status-status-entered_without_inspection = Entró sin inspección (sin estatus)
i589-spouse-status-status-temporary_protected_status = Estatus de Protección Temporal
i589-spouse-status-status-other = Otro
i589-spouse-status-status-detail = Para un no inmigrante: la clase de visa (por ejemplo, B-2). Para "Otro": el estatus en palabras.

i589-other-languages = ¿Habla otros idiomas con fluidez?
    .why = El formulario pregunta qué otros idiomas habla bien. Agregue cada uno. Si no habla ninguno, deje la casilla vacía y oprima "Guardar y continuar".
i589-other-languages-language = Idioma
