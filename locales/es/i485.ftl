# Las pantallas del I-485 (form-templates/i-485/01-20-25/questions.toml). Las claves son las
# mismas que en locales/en/i485.ftl.

i485-title = Formulario I-485, Solicitud de Registro de Residencia Permanente o Ajuste de Estatus
i485-item = Formulario I-485 número { $n } (uno por cada familiar que presenta su solicitud)
i485-item-named = Formulario I-485 número { $n }: la solicitud de { $name }. En estas pantallas, "usted" es { $name }.

part-i485-1 = Parte 1: Información sobre usted
part-i485-2 = Parte 2: Tipo de solicitud
part-i485-4 = Parte 4: Información adicional sobre usted
part-i485-5 = Parte 5: Información sobre sus padres
part-i485-6 = Parte 6: Información sobre su historial matrimonial
part-i485-7 = Parte 7: Información sobre sus hijos
part-i485-8 = Parte 8: Información biográfica
part-i485-9 = Parte 9: Elegibilidad general y causales de inadmisibilidad
part-i485-11 = Parte 11: Intérprete
part-i485-12 = Parte 12: La persona que prepara esta solicitud

i485-category = ¿Cómo obtuvo protección en los Estados Unidos?
    .why = Un asilado o un refugiado puede pedir la tarjeta verde un año después de la concesión o la llegada. Esto decide qué reglas aplican.
i485-category-category = Yo soy
i485-category-category-asylee = Asilado (me concedieron asilo)
i485-category-category-refugee = Refugiado (me admitieron como refugiado)
i485-category-granted = El día en que le concedieron asilo, o en que lo admitieron como refugiado
    .hint = Está en su carta de aprobación, la orden del juez o su I-94.
i485-category-receipt = Número de recibo de su caso de asilo o de refugiado, si lo tiene
    .hint = Por ejemplo ZNY2311234567.
i485-category-cspa = ¿Pide que su edad se cuente según la Ley de Protección del Estatus del Menor (CSPA)?

i485-category-persecution = El país donde sufrió daño o teme sufrirlo (el país de su solicitud de asilo o de su caso de refugiado)
    .hint = En inglés, por ejemplo Nepal. Un viaje de regreso a ese país puede poner en riesgo su protección: la revisión le avisa.

i485-court = ¿Presenta esta solicitud ante el Tribunal de Inmigración, porque ahora está en procedimientos de remoción?
    .why = La mayoría de los asilados y refugiados la presentan ante USCIS. Solo una persona en procedimientos ante un Tribunal de Inmigración la presenta allí.

i485-waiver = ¿También presenta el Formulario I-602 para pedir a USCIS que perdone una causal de inadmisibilidad?
    .why = Algunos problemas de la Parte 9 pueden perdonarse a un asilado o refugiado con el Formulario I-602. Pregunte a un abogado si no está seguro.

i485-filing = ¿Cuándo presentará esta solicitud?
    .why = Puede presentarla un año después de su concesión o su llegada. Esta fecha muestra si ya puede presentarla.
i485-filing-date = Fecha
i485-filing-status = ¿Ya la presentó?

i485-trips = Sus viajes fuera de los Estados Unidos desde su concesión o su llegada
    .why = Debe haber estado en los Estados Unidos un año. Los viajes largos pueden cambiar eso.
i485-trips-departed = Fecha en que salió
i485-trips-returned = Fecha en que regresó
i485-trips-destination = Adónde fue (país)
i485-trips-purpose = Por qué fue (en inglés)

i485-name = ¿Cuál es su nombre?
    .why = Escriba su nombre como está en sus papeles de asilo o de refugiado.
i485-name-family = Apellido(s)
i485-name-given = Nombre de pila
i485-name-middle = Segundo nombre

i485-other-names = ¿Ha usado otros nombres?
    .why = El formulario pide todos los otros nombres que haya usado, como un apellido de soltera o un alias.
i485-other-names-family = Apellido(s)
i485-other-names-given = Nombre de pila
i485-other-names-middle = Segundo nombre
i485-other-names-kind = ¿Qué tipo de nombre es?

i485-birth = Sobre usted
    .why = Su sexo, su nacimiento y su nacionalidad lo identifican en el formulario.
i485-birth-sex = Sexo
i485-birth-date = Fecha de nacimiento
i485-birth-city = Ciudad o pueblo de nacimiento
i485-birth-country = País de nacimiento
i485-birth-nationality = País de ciudadanía o nacionalidad

i485-ids = Sus números
    .why = USCIS encuentra su caso con estos números.
i485-ids-anumber = Número de Registro de Extranjero (Número A)
    .hint = Empieza con A y tiene 8 o 9 dígitos, por ejemplo A012345678.
i485-ids-account = Número de cuenta en línea de USCIS, si lo tiene
i485-ids-ssn = Número de Seguro Social de los EE. UU., si lo tiene

i485-arrival = Su última llegada a los Estados Unidos
    .why = El formulario pregunta cuándo, dónde y cómo llegó por última vez a los Estados Unidos.
i485-arrival-date = Fecha de su última llegada
i485-arrival-city = Ciudad o puerto por donde llegó
i485-arrival-state = Estado (dos letras)
i485-arrival-manner = ¿Cómo entró en su última llegada?
    .why = El formulario pregunta si lo admitieron, le dieron parole o entró de otra manera. Su I-94 o su sello lo muestra.
i485-arrival-manner-manner = Cómo entré
i485-arrival-manner-manner-admitted = Me inspeccionaron y me admitieron
i485-arrival-manner-manner-paroled = Me inspeccionaron y me dieron un permiso de permanencia temporal (parole)
i485-arrival-manner-manner-without_admission = Entré sin admisión ni permiso de permanencia temporal
i485-arrival-manner-manner-other = De otra manera
i485-arrival-manner-admitted-as = Si lo admitieron: admitido como (por ejemplo "Asylee", asilado, o "Refugee", refugiado)
i485-arrival-manner-paroled-as = Si le dieron parole: con parole como
i485-arrival-manner-other = Si fue de otra manera: cómo
i485-arrival-first = ¿Fue la primera vez que vino a los Estados Unidos?

i485-arrival-document = El pasaporte o documento de viaje que usó para entrar
    .why = El formulario pide el pasaporte o documento de viaje que mostró en su última llegada, solo si usó uno. Muchos refugiados entran sin uno: en ese caso deje esta página en blanco y continúe. Su Formulario I-94 (página siguiente) muestra cómo entró.
i485-arrival-document-kind = Tipo de documento
i485-arrival-document-number = Número del documento
i485-arrival-document-country = País que lo expidió
i485-arrival-document-issued = Fecha en que se expidió
i485-arrival-document-expires = Fecha de vencimiento
i485-arrival-document-visa = Número de visa, si tenía una
i485-arrival-document-visa-issued = Fecha en que se expidió la visa

i485-i94 = Su Formulario I-94 Registro de Entrada/Salida
    .why = El formulario copia su Formulario I-94 Registro de Entrada/Salida más reciente.
i485-i94-number = Número del Formulario I-94
i485-i94-family = Apellido(s), como en el Formulario I-94
i485-i94-given = Nombre de pila, como en el Formulario I-94
i485-i94-status = Estatus, como en el Formulario I-94 (por ejemplo AS1)
i485-i94-expires = Fecha en que vence el estatus, como en el Formulario I-94 (o D/S)

i485-status-now = Su estatus ahora
    .why = El formulario pregunta su estatus de inmigración actual.
i485-status-now-status = Estatus actual (por ejemplo "Asylee", asilado)
i485-status-now-expires = Fecha en que vence, si vence

i485-crewman = Preguntas sobre tripulantes
    .why = El formulario pregunta a todos los solicitantes si tuvieron una visa de tripulante o si llegaron como tripulantes de un barco o avión.
i485-crewman-visa = ¿Alguna vez tuvo una visa de tripulante (visa D)?
i485-crewman-arrived = ¿Llegó como tripulante de un barco o avión?

i485-address = ¿Dónde vive ahora?
    .why = USCIS envía las cartas y su tarjeta verde a esta dirección.
i485-address-care-of = A cargo de (la persona que recibe el correo), si hay
i485-address-street = Número y nombre de la calle
i485-address-unit = Apartamento, suite o piso
i485-address-city = Ciudad o pueblo
i485-address-state = Estado (dos letras)
i485-address-zip = Código postal (ZIP)
i485-address-since = Fecha en que empezó a vivir en esta dirección
i485-address-phone = Número de teléfono
i485-address-mobile = Número de teléfono celular
i485-address-email = Correo electrónico

i485-residences = ¿Dónde más ha vivido en los últimos cinco años?
    .why = El formulario pide sus direcciones de los últimos cinco años, con las fechas.
i485-residences-care-of = A cargo de (la persona que recibe el correo), si hay
i485-residences-street = Número y nombre de la calle
i485-residences-unit = Apartamento, suite o piso
i485-residences-city = Ciudad o pueblo
i485-residences-state = Estado (dos letras), en los Estados Unidos
i485-residences-zip = Código postal (ZIP), en los Estados Unidos
i485-residences-province = Provincia o región, fuera de los Estados Unidos
i485-residences-postal = Código postal, fuera de los Estados Unidos
i485-residences-country = País
i485-residences-from = Desde
i485-residences-to = Hasta

i485-address-abroad = Su última dirección fuera de los Estados Unidos
    .why = El formulario pregunta dónde vivió por última vez fuera de los Estados Unidos por más de un año.
i485-address-abroad-street = Número y nombre de la calle
i485-address-abroad-unit = Apartamento, suite o piso
i485-address-abroad-city = Ciudad o pueblo
i485-address-abroad-province = Provincia o región
i485-address-abroad-postal = Código postal
i485-address-abroad-country = País
i485-address-abroad-from = Desde
i485-address-abroad-to = Hasta

i485-social-security = ¿Quiere que la Administración del Seguro Social le dé una tarjeta de Seguro Social?
    .why = USCIS puede compartir su información para que reciba la tarjeta sin otra solicitud.
i485-social-security-consent = Si contestó sí: ¿permite que USCIS comparta su información con la Administración del Seguro Social para esto?

i485-applied-before = ¿Alguna vez solicitó antes la residencia permanente (tarjeta verde) en los Estados Unidos?
    .why = El formulario pregunta por solicitudes anteriores. Diga dónde, cuándo y qué pasó.
i485-applied-before-explain = Si contestó sí: ¿dónde, cuándo y cuál fue la decisión?

i485-rescinded = ¿Alguna vez tuvo la residencia permanente y luego la perdió (se la rescindieron)?
    .why = El formulario pregunta si alguna vez le quitaron una tarjeta verde que tenía.
i485-rescinded-explain = Si contestó sí: ¿cuándo y por qué?

i485-activity = ¿Trabaja o va a la escuela?
    .why = El formulario pide su trabajo o escuela actual o más reciente.
i485-activity-kind = Ahora principalmente
i485-activity-kind-employer = Trabajo o busco trabajo (también: desempleado o jubilado)
i485-activity-kind-school = Voy a la escuela

i485-employment = Sus trabajos y escuelas de los últimos cinco años
    .why = El formulario pide sus trabajos de los últimos cinco años. Escriba "Unemployed" para los tiempos sin trabajo.
i485-employment-employer = Empleador o escuela
i485-employment-occupation = Su trabajo (ocupación)
i485-employment-street = Número y nombre de la calle
i485-employment-unit = Apartamento, suite o piso
i485-employment-city = Ciudad o pueblo
i485-employment-state = Estado (dos letras), en los Estados Unidos
i485-employment-zip = Código postal (ZIP), en los Estados Unidos
i485-employment-province = Provincia o región, fuera de los Estados Unidos
i485-employment-postal = Código postal, fuera de los Estados Unidos
i485-employment-country = País
i485-employment-from = Desde
i485-employment-to = Hasta
i485-employment-support = Si entonces no tenía trabajo (desempleado o jubilado): ¿cómo se mantenía? (en inglés, por ejemplo "Savings" o "My husband's income")

i485-work-abroad = Su último trabajo fuera de los Estados Unidos
    .why = El formulario pide su último trabajo en el extranjero, aunque haya sido hace muchos años.
i485-work-abroad-employer = Empleador
i485-work-abroad-occupation = Su trabajo (ocupación)
i485-work-abroad-street = Número y nombre de la calle
i485-work-abroad-unit = Apartamento, suite o piso
i485-work-abroad-city = Ciudad o pueblo
i485-work-abroad-province = Provincia o región
i485-work-abroad-postal = Código postal
i485-work-abroad-country = País
i485-work-abroad-from = Desde
i485-work-abroad-to = Hasta
i485-work-abroad-support = Si entonces no tenía trabajo: ¿cómo se mantenía?

i485-father = Su padre (o su primer padre o madre)
    .why = El formulario pide los datos de sus dos padres, vivos o no.
i485-father-family = Apellido(s)
i485-father-given = Nombre de pila
i485-father-middle = Segundo nombre
i485-father-birth = Fecha de nacimiento
i485-father-country = País de nacimiento
i485-father-nationality = País de ciudadanía o nacionalidad

i485-father-other-names = ¿Este padre o madre ha usado otros nombres?
    .why = El formulario pide otros nombres que este padre o madre haya usado, como un nombre antes de casarse.
i485-father-other-names-family = Apellido(s)
i485-father-other-names-given = Nombre de pila
i485-father-other-names-middle = Segundo nombre
i485-father-other-names-kind = ¿Qué tipo de nombre es?

i485-mother = Su madre (o su segundo padre o madre)
    .why = El formulario pide los datos de sus dos padres, vivos o no.
i485-mother-family = Apellido(s) actuales
i485-mother-given = Nombre de pila
i485-mother-middle = Segundo nombre
i485-mother-birth = Fecha de nacimiento
i485-mother-country = País de nacimiento
i485-mother-nationality = País de ciudadanía o nacionalidad

i485-mother-other-names = ¿Este padre o madre ha usado otros nombres?
    .why = El formulario pide otros nombres que este padre o madre haya usado, como un apellido de soltera.
i485-mother-other-names-family = Apellido(s)
i485-mother-other-names-given = Nombre de pila
i485-mother-other-names-middle = Segundo nombre
i485-mother-other-names-kind = ¿Qué tipo de nombre es?

i485-marital = ¿Cuál es su estado civil?
    .why = El formulario pide su estado civil de hoy.
i485-marital-marital = Estado civil

i485-ethnicity-race = Su origen étnico y su raza
    .why = El formulario pregunta esto a todos los solicitantes, solo para identificarlos. No cambia la decisión.
i485-ethnicity-race-ethnicity = Origen étnico
i485-ethnicity-race-ethnicity-hispanic_or_latino = Hispano o latino
i485-ethnicity-race-ethnicity-not_hispanic_or_latino = No hispano ni latino
i485-ethnicity-race-race = Raza (marque todas las que apliquen)
i485-ethnicity-race-race-american_indian_or_alaska_native = Indígena americano o nativo de Alaska
i485-ethnicity-race-race-asian = Asiático
i485-ethnicity-race-race-black_or_african_american = Negro o afroamericano
i485-ethnicity-race-race-native_hawaiian_or_other_pacific_islander = Nativo de Hawái u otra isla del Pacífico
i485-ethnicity-race-race-white = Blanco

i485-body = Su estatura, peso, ojos y cabello
    .why = Esto lo describe en su tarjeta verde y en su cita de huellas digitales.
i485-body-feet = Estatura: pies
i485-body-inches = Estatura: pulgadas
i485-body-pounds = Peso en libras
i485-body-eyes = Color de ojos
i485-body-eyes-black = Negros
i485-body-eyes-blue = Azules
i485-body-eyes-brown = Cafés
i485-body-eyes-gray = Grises
i485-body-eyes-green = Verdes
i485-body-eyes-hazel = Color avellana
i485-body-eyes-maroon = Granates
i485-body-eyes-pink = Rosados
i485-body-eyes-unknown = Desconocido u otro
i485-body-hair = Color de cabello
i485-body-hair-bald = Calvo (sin cabello)
i485-body-hair-black = Negro
i485-body-hair-blond = Rubio
i485-body-hair-brown = Café
i485-body-hair-gray = Gris
i485-body-hair-red = Rojo
i485-body-hair-sandy = Castaño claro
i485-body-hair-white = Blanco
i485-body-hair-unknown = Desconocido u otro

i485-memberships = ¿Alguna vez fue miembro de algún grupo, club, partido u organización, o lo ayudó?
    .why = El formulario pregunta por todos los grupos a los que ha pertenecido, en cualquier país. La mayoría de los grupos no son un problema.
i485-memberships-explain = Si contestó sí: una nota corta (los grupos vienen en la próxima pantalla)

i485-organizations = Los grupos a los que perteneció
    .why = Para cada grupo, el formulario pide su nombre, lugar, qué hace, qué hizo usted y las fechas.
i485-organizations-name = Nombre del grupo
i485-organizations-city = Ciudad o pueblo
i485-organizations-region = Estado o provincia
i485-organizations-country = País
i485-organizations-nature = Qué hace el grupo (en inglés)
i485-organizations-involvement = Qué hizo usted en él (en inglés)
i485-organizations-from = Desde
i485-organizations-to = Hasta

i485-eligibility-denied-admission = ¿Alguna vez le negaron la admisión a los Estados Unidos?
    .why = La Parte 9 pregunta por su historial de inmigración. Un Sí no siempre es un problema: explíquelo.
i485-eligibility-denied-admission-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-denied-visa = ¿Alguna vez le negaron una visa para los Estados Unidos?
    .why = La Parte 9 pregunta por su historial de inmigración. Un Sí no siempre es un problema: explíquelo.
i485-eligibility-denied-visa-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-unauthorized-work = ¿Alguna vez trabajó en los Estados Unidos sin permiso?
    .why = La Parte 9 pregunta por su historial de inmigración. Un Sí no siempre es un problema: explíquelo.
i485-eligibility-unauthorized-work-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-status-violation = ¿Alguna vez violó las condiciones de un estatus de no inmigrante que tenía?
    .why = La Parte 9 pregunta por su historial de inmigración. Un Sí no siempre es un problema: explíquelo.
i485-eligibility-status-violation-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-removal-proceedings = ¿Alguna vez estuvo en procedimientos de remoción (ante un Tribunal de Inmigración)?
    .why = La Parte 9 pregunta por su historial de inmigración. Un Sí no siempre es un problema: explíquelo.
i485-eligibility-removal-proceedings-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-final-order = ¿Alguna vez recibió una orden final de remoción (deportación o exclusión)?
    .why = La Parte 9 pregunta por su historial de inmigración. Un Sí no siempre es un problema: explíquelo.
i485-eligibility-final-order-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-order-reinstated = ¿Alguna vez restablecieron contra usted una orden de remoción anterior?
    .why = La Parte 9 pregunta por su historial de inmigración. Un Sí no siempre es un problema: explíquelo.
i485-eligibility-order-reinstated-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-voluntary-departure-overstay = ¿Alguna vez le concedieron la salida voluntaria y no salió a tiempo?
    .why = La Parte 9 pregunta por su historial de inmigración. Un Sí no siempre es un problema: explíquelo.
i485-eligibility-voluntary-departure-overstay-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-applied-for-relief = ¿Alguna vez solicitó algún alivio de la remoción (por ejemplo, asilo)?
    .why = La Parte 9 pregunta por su historial de inmigración. Un Sí no siempre es un problema: explíquelo.
i485-eligibility-applied-for-relief-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-j-visa-two-year-rule = ¿Alguna vez fue visitante de intercambio J con la obligación de vivir dos años en su país?
    .why = La Parte 9 pregunta por su historial de inmigración. Un Sí no siempre es un problema: explíquelo.
i485-eligibility-j-visa-two-year-rule-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-arrested = ¿Alguna vez lo arrestaron, citaron, acusaron o detuvieron por cualquier razón, en cualquier lugar?
    .why = USCIS pregunta a todos los solicitantes sobre delitos. Conteste con la verdad; un abogado puede decirle qué significa un Sí.
i485-eligibility-arrested-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-committed-crime = ¿Alguna vez cometió un delito, aunque no lo arrestaran?
    .why = USCIS pregunta a todos los solicitantes sobre delitos. Conteste con la verdad; un abogado puede decirle qué significa un Sí.
i485-eligibility-committed-crime-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-convicted = ¿Alguna vez se declaró culpable de un delito, o lo condenaron por uno?
    .why = USCIS pregunta a todos los solicitantes sobre delitos. Conteste con la verdad; un abogado puede decirle qué significa un Sí.
i485-eligibility-convicted-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-sentenced = ¿Alguna vez un tribunal lo sentenció, le dio libertad condicional o limitó su libertad?
    .why = USCIS pregunta a todos los solicitantes sobre delitos. Conteste con la verdad; un abogado puede decirle qué significa un Sí.
i485-eligibility-sentenced-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-controlled-substance = ¿Alguna vez violó una ley sobre drogas (sustancias controladas)?
    .why = USCIS pregunta a todos los solicitantes sobre delitos. Conteste con la verdad; un abogado puede decirle qué significa un Sí.
i485-eligibility-controlled-substance-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-drug-trafficking = ¿Alguna vez vendió drogas o ayudó a alguien a venderlas?
    .why = USCIS pregunta a todos los solicitantes sobre delitos. Conteste con la verdad; un abogado puede decirle qué significa un Sí.
i485-eligibility-drug-trafficking-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-drug-trafficker-relative = ¿Es usted cónyuge, hijo o hija de una persona que vendió drogas, y recibió dinero de eso en los últimos cinco años?
    .why = USCIS pregunta a todos los solicitantes sobre delitos. Conteste con la verdad; un abogado puede decirle qué significa un Sí.
i485-eligibility-drug-trafficker-relative-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-prostitution = ¿Alguna vez ejerció la prostitución?
    .why = USCIS pregunta a todos los solicitantes sobre delitos. Conteste con la verdad; un abogado puede decirle qué significa un Sí.
i485-eligibility-prostitution-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-procured-prostitution = ¿Alguna vez consiguió o trató de conseguir personas para la prostitución?
    .why = USCIS pregunta a todos los solicitantes sobre delitos. Conteste con la verdad; un abogado puede decirle qué significa un Sí.
i485-eligibility-procured-prostitution-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-prostitution-proceeds = ¿Alguna vez recibió dinero de la prostitución?
    .why = USCIS pregunta a todos los solicitantes sobre delitos. Conteste con la verdad; un abogado puede decirle qué significa un Sí.
i485-eligibility-prostitution-proceeds-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-commercialized-vice = ¿Piensa participar en juegos de azar ilegales u otro vicio ilegal?
    .why = USCIS pregunta a todos los solicitantes sobre delitos. Conteste con la verdad; un abogado puede decirle qué significa un Sí.
i485-eligibility-commercialized-vice-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-immunity-exercised = ¿Alguna vez usó la inmunidad diplomática para evitar un juicio en los Estados Unidos?
    .why = USCIS pregunta a todos los solicitantes sobre delitos. Conteste con la verdad; un abogado puede decirle qué significa un Sí.
i485-eligibility-immunity-exercised-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-foreign-official = ¿Alguna vez fue funcionario de un gobierno extranjero?
    .why = USCIS pregunta a todos los solicitantes sobre delitos. Conteste con la verdad; un abogado puede decirle qué significa un Sí.
i485-eligibility-foreign-official-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-sex-trafficking = ¿Alguna vez obligó o engañó a alguien para hacer trabajo sexual (trata sexual)?
    .why = USCIS pregunta a todos los solicitantes sobre delitos. Conteste con la verdad; un abogado puede decirle qué significa un Sí.
i485-eligibility-sex-trafficking-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-labor-trafficking = ¿Alguna vez sometió a una persona a trata para trabajo forzado o servidumbre?
    .why = USCIS pregunta a todos los solicitantes sobre delitos. Conteste con la verdad; un abogado puede decirle qué significa un Sí.
i485-eligibility-labor-trafficking-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-aided-trafficking = ¿Alguna vez ayudó a alguien en la trata de personas?
    .why = USCIS pregunta a todos los solicitantes sobre delitos. Conteste con la verdad; un abogado puede decirle qué significa un Sí.
i485-eligibility-aided-trafficking-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-trafficker-relative = ¿Es usted cónyuge, hijo o hija de un tratante de personas, y recibió dinero de eso en los últimos cinco años?
    .why = USCIS pregunta a todos los solicitantes sobre delitos. Conteste con la verdad; un abogado puede decirle qué significa un Sí.
i485-eligibility-trafficker-relative-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-money-laundering = ¿Alguna vez participó en el lavado de dinero?
    .why = USCIS pregunta a todos los solicitantes sobre delitos. Conteste con la verdad; un abogado puede decirle qué significa un Sí.
i485-eligibility-money-laundering-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-espionage-intent = ¿Piensa espiar o cometer sabotaje en los Estados Unidos?
    .why = USCIS hace estas preguntas de seguridad a todos los solicitantes. Conteste con la verdad y explique cualquier Sí.
i485-eligibility-espionage-intent-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-export-violation-intent = ¿Piensa exportar ilegalmente bienes, tecnología o secretos de los Estados Unidos?
    .why = USCIS hace estas preguntas de seguridad a todos los solicitantes. Conteste con la verdad y explique cualquier Sí.
i485-eligibility-export-violation-intent-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-overthrow-intent = ¿Piensa derrocar por la fuerza al gobierno de los EE. UU.?
    .why = USCIS hace estas preguntas de seguridad a todos los solicitantes. Conteste con la verdad y explique cualquier Sí.
i485-eligibility-overthrow-intent-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-other-unlawful-intent = ¿Piensa realizar cualquier otra actividad ilegal en los Estados Unidos?
    .why = USCIS hace estas preguntas de seguridad a todos los solicitantes. Conteste con la verdad y explique cualquier Sí.
i485-eligibility-other-unlawful-intent-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-military-training = ¿Alguna vez recibió entrenamiento con armas, explosivos o de tipo militar?
    .why = USCIS hace estas preguntas de seguridad a todos los solicitantes. Conteste con la verdad y explique cualquier Sí.
i485-eligibility-military-training-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-kidnapping-hijacking = ¿Alguna vez participó en un secuestro, asesinato, secuestro de un avión o vehículo, o sabotaje?
    .why = USCIS hace estas preguntas de seguridad a todos los solicitantes. Conteste con la verdad y explique cualquier Sí.
i485-eligibility-kidnapping-hijacking-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-weapon-use = ¿Alguna vez usó un arma o explosivo para dañar a personas o propiedades?
    .why = USCIS hace estas preguntas de seguridad a todos los solicitantes. Conteste con la verdad y explique cualquier Sí.
i485-eligibility-weapon-use-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-threatened-or-planned = ¿Alguna vez amenazó, intentó, planeó o preparó alguno de esos actos?
    .why = USCIS hace estas preguntas de seguridad a todos los solicitantes. Conteste con la verdad y explique cualquier Sí.
i485-eligibility-threatened-or-planned-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-incited = ¿Alguna vez incitó a otros a hacer alguno de esos actos?
    .why = USCIS hace estas preguntas de seguridad a todos los solicitantes. Conteste con la verdad y explique cualquier Sí.
i485-eligibility-incited-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-group-participation = ¿Alguna vez fue miembro de un grupo que hizo alguno de esos actos, o lo ayudó?
    .why = USCIS hace estas preguntas de seguridad a todos los solicitantes. Conteste con la verdad y explique cualquier Sí.
i485-eligibility-group-participation-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-recruited = ¿Alguna vez reclutó miembros para un grupo así?
    .why = USCIS hace estas preguntas de seguridad a todos los solicitantes. Conteste con la verdad y explique cualquier Sí.
i485-eligibility-recruited-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-supported-activities = ¿Alguna vez dio dinero, bienes u otro apoyo para alguno de esos actos?
    .why = USCIS hace estas preguntas de seguridad a todos los solicitantes. Conteste con la verdad y explique cualquier Sí.
i485-eligibility-supported-activities-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-supported-actors = ¿Alguna vez dio apoyo a una persona o grupo que hizo alguno de esos actos?
    .why = USCIS hace estas preguntas de seguridad a todos los solicitantes. Conteste con la verdad y explique cualquier Sí.
i485-eligibility-supported-actors-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-terrorist-activity-intent = ¿Piensa hacer alguno de esos actos?
    .why = USCIS hace estas preguntas de seguridad a todos los solicitantes. Conteste con la verdad y explique cualquier Sí.
i485-eligibility-terrorist-activity-intent-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-endanger-us-intent = ¿Piensa hacer algo que ponga en peligro la seguridad de los Estados Unidos?
    .why = USCIS hace estas preguntas de seguridad a todos los solicitantes. Conteste con la verdad y explique cualquier Sí.
i485-eligibility-endanger-us-intent-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-relative-of-actor = ¿Es usted cónyuge o hijo de una persona que hizo alguno de esos actos?
    .why = USCIS hace estas preguntas de seguridad a todos los solicitantes. Conteste con la verdad y explique cualquier Sí.
i485-eligibility-relative-of-actor-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-weapons-transfer = ¿Alguna vez vendió, dio o transportó armas a alguien?
    .why = USCIS hace estas preguntas de seguridad a todos los solicitantes. Conteste con la verdad y explique cualquier Sí.
i485-eligibility-weapons-transfer-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-detention-work = ¿Alguna vez trabajó o sirvió en una prisión, cárcel, campo u otro lugar donde había personas detenidas?
    .why = USCIS hace estas preguntas de seguridad a todos los solicitantes. Conteste con la verdad y explique cualquier Sí.
i485-eligibility-detention-work-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-armed-group-weapon-use = ¿Alguna vez estuvo en un grupo, unidad u organización que usó armas contra personas?
    .why = USCIS hace estas preguntas de seguridad a todos los solicitantes. Conteste con la verdad y explique cualquier Sí.
i485-eligibility-armed-group-weapon-use-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-military-or-police = ¿Alguna vez sirvió en una unidad militar, de policía, de milicia u otra unidad armada?
    .why = USCIS hace estas preguntas de seguridad a todos los solicitantes. Conteste con la verdad y explique cualquier Sí.
i485-eligibility-military-or-police-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-armed-group = ¿Alguna vez estuvo en un grupo rebelde, guerrillero u otro grupo armado?
    .why = USCIS hace estas preguntas de seguridad a todos los solicitantes. Conteste con la verdad y explique cualquier Sí.
i485-eligibility-armed-group-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-communist-party = ¿Alguna vez fue miembro del Partido Comunista u otro partido totalitario?
    .why = USCIS hace estas preguntas de seguridad a todos los solicitantes. Conteste con la verdad y explique cualquier Sí.
i485-eligibility-communist-party-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-torture = ¿Alguna vez participó en torturar a alguien?
    .why = USCIS hace estas preguntas de seguridad a todos los solicitantes. Conteste con la verdad y explique cualquier Sí.
i485-eligibility-torture-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-genocide = ¿Alguna vez participó en un genocidio?
    .why = USCIS hace estas preguntas de seguridad a todos los solicitantes. Conteste con la verdad y explique cualquier Sí.
i485-eligibility-genocide-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-killing = ¿Alguna vez participó en matar a alguien?
    .why = USCIS hace estas preguntas de seguridad a todos los solicitantes. Conteste con la verdad y explique cualquier Sí.
i485-eligibility-killing-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-severe-injury = ¿Alguna vez participó en herir gravemente a alguien a propósito?
    .why = USCIS hace estas preguntas de seguridad a todos los solicitantes. Conteste con la verdad y explique cualquier Sí.
i485-eligibility-severe-injury-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-child-soldier-recruitment = ¿Alguna vez reclutó a menores de 15 años para una fuerza o grupo armado?
    .why = USCIS hace estas preguntas de seguridad a todos los solicitantes. Conteste con la verdad y explique cualquier Sí.
i485-eligibility-child-soldier-recruitment-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-child-soldier-use = ¿Alguna vez usó a menores de 15 años en combates?
    .why = USCIS hace estas preguntas de seguridad a todos los solicitantes. Conteste con la verdad y explique cualquier Sí.
i485-eligibility-child-soldier-use-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-missed-removal-hearing = ¿Alguna vez faltó a una audiencia de remoción sin una buena razón?
    .why = La Parte 9 pregunta por problemas con solicitudes de inmigración anteriores. Explique cualquier Sí.
i485-eligibility-missed-removal-hearing-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-fraudulent-documents = ¿Alguna vez usó documentos falsos para obtener un beneficio de inmigración?
    .why = La Parte 9 pregunta por problemas con solicitudes de inmigración anteriores. Explique cualquier Sí.
i485-eligibility-fraudulent-documents-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-misrepresentation = ¿Alguna vez mintió para obtener una visa, la entrada u otro beneficio de inmigración?
    .why = La Parte 9 pregunta por problemas con solicitudes de inmigración anteriores. Explique cualquier Sí.
i485-eligibility-misrepresentation-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-false-citizenship-claim = ¿Alguna vez dijo falsamente que era ciudadano de los EE. UU.?
    .why = La Parte 9 pregunta por problemas con solicitudes de inmigración anteriores. Explique cualquier Sí.
i485-eligibility-false-citizenship-claim-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-stowaway = ¿Alguna vez llegó a los Estados Unidos como polizón (escondido en un barco o avión)?
    .why = La Parte 9 pregunta por problemas con solicitudes de inmigración anteriores. Explique cualquier Sí.
i485-eligibility-stowaway-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-alien-smuggling = ¿Alguna vez ayudó a alguien a entrar ilegalmente a los Estados Unidos?
    .why = La Parte 9 pregunta por problemas con solicitudes de inmigración anteriores. Explique cualquier Sí.
i485-eligibility-alien-smuggling-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-civil-penalty-274c = ¿Tiene una orden final de multa civil por usar documentos falsos?
    .why = La Parte 9 pregunta por problemas con solicitudes de inmigración anteriores. Explique cualquier Sí.
i485-eligibility-civil-penalty-274c-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-removed = ¿Alguna vez lo removieron o deportaron, o salió con una orden de remoción?
    .why = La Parte 9 pregunta cómo entró y se quedó. Para un asilado o refugiado, algunas de estas pueden perdonarse: explique cualquier Sí.
i485-eligibility-removed-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-entered-without-inspection = ¿Alguna vez entró a los Estados Unidos sin inspección en un puerto de entrada?
    .why = La Parte 9 pregunta cómo entró y se quedó. Para un asilado o refugiado, algunas de estas pueden perdonarse: explique cualquier Sí.
i485-eligibility-entered-without-inspection-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-unlawful-presence = ¿Desde el 1 de abril de 1997, alguna vez se quedó en los Estados Unidos sin permiso?
    .why = La Parte 9 pregunta cómo entró y se quedó. Para un asilado o refugiado, algunas de estas pueden perdonarse: explique cualquier Sí.
i485-eligibility-unlawful-presence-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-reentry-after-unlawful-presence = ¿Después de más de un año aquí sin permiso, salió y volvió a entrar sin inspección?
    .why = La Parte 9 pregunta cómo entró y se quedó. Para un asilado o refugiado, algunas de estas pueden perdonarse: explique cualquier Sí.
i485-eligibility-reentry-after-unlawful-presence-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-reentry-after-removal = ¿Después de ser removido, volvió a entrar, o trató de entrar, sin inspección?
    .why = La Parte 9 pregunta cómo entró y se quedó. Para un asilado o refugiado, algunas de estas pueden perdonarse: explique cualquier Sí.
i485-eligibility-reentry-after-removal-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-polygamy = ¿Piensa tener más de un cónyuge al mismo tiempo (poligamia)?
    .why = USCIS hace estas últimas preguntas a todos los solicitantes. Explique cualquier Sí.
i485-eligibility-polygamy-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-accompanying-helpless-alien = ¿Viene acompañando a una persona que necesita su protección y a quien le negaron la admisión?
    .why = USCIS hace estas últimas preguntas a todos los solicitantes. Explique cualquier Sí.
i485-eligibility-accompanying-helpless-alien-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-withheld-custody = ¿Alguna vez mantuvo a un niño ciudadano de los EE. UU. fuera de los Estados Unidos, lejos de la persona con la custodia legal?
    .why = USCIS hace estas últimas preguntas a todos los solicitantes. Explique cualquier Sí.
i485-eligibility-withheld-custody-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-unlawful-voting = ¿Alguna vez votó ilegalmente en los Estados Unidos?
    .why = USCIS hace estas últimas preguntas a todos los solicitantes. Explique cualquier Sí.
i485-eligibility-unlawful-voting-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-renounced-citizenship-for-taxes = ¿Alguna vez renunció a la ciudadanía de los EE. UU. para no pagar impuestos?
    .why = USCIS hace estas últimas preguntas a todos los solicitantes. Explique cualquier Sí.
i485-eligibility-renounced-citizenship-for-taxes-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-military-exemption-applied = ¿Alguna vez pidió que lo eximieran del servicio militar de los EE. UU. por no ser ciudadano?
    .why = USCIS hace estas últimas preguntas a todos los solicitantes. Explique cualquier Sí.
i485-eligibility-military-exemption-applied-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-military-discharged-as-alien = ¿Alguna vez lo dieron de baja del servicio militar de los EE. UU. por no ser ciudadano?
    .why = USCIS hace estas últimas preguntas a todos los solicitantes. Explique cualquier Sí.
i485-eligibility-military-discharged-as-alien-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-desertion = ¿Alguna vez lo condenaron por deserción de las fuerzas armadas de los EE. UU.?
    .why = USCIS hace estas últimas preguntas a todos los solicitantes. Explique cualquier Sí.
i485-eligibility-desertion-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-evaded-military-service = ¿Alguna vez salió de los Estados Unidos para evitar el servicio militar en tiempo de guerra o emergencia?
    .why = USCIS hace estas últimas preguntas a todos los solicitantes. Explique cualquier Sí.
i485-eligibility-evaded-military-service-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-j-rule-complied = ¿Ha vivido en su país los dos años que pide la regla de la visa J?
    .why = La Parte 9 pregunta por su historial de inmigración. Un Sí no siempre es un problema: explíquelo.
i485-eligibility-j-rule-complied-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-j-rule-waiver = ¿Le concedieron una exención de la regla de los dos años?
    .why = La Parte 9 pregunta por su historial de inmigración. Un Sí no siempre es un problema: explíquelo.
i485-eligibility-j-rule-waiver-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-drug-benefit-knew = ¿Sabía, o debía saber, que el dinero venía de la venta de drogas?
    .why = USCIS pregunta a todos los solicitantes sobre delitos. Conteste con la verdad; un abogado puede decirle qué significa un Sí.
i485-eligibility-drug-benefit-knew-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-religious-freedom-violations = ¿Como funcionario, fue responsable de violaciones graves de la libertad religiosa?
    .why = USCIS pregunta a todos los solicitantes sobre delitos. Conteste con la verdad; un abogado puede decirle qué significa un Sí.
i485-eligibility-religious-freedom-violations-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-trafficking-benefit-knew = ¿Sabía, o debía saber, que el dinero venía de la trata de personas?
    .why = USCIS pregunta a todos los solicitantes sobre delitos. Conteste con la verdad; un abogado puede decirle qué significa un Sí.
i485-eligibility-trafficking-benefit-knew-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-trafficking-central-reason = ¿Ser víctima de la trata de personas fue una razón principal de que se quedara sin permiso?
    .why = La Parte 9 pregunta cómo entró y se quedó. Para un asilado o refugiado, algunas de estas pueden perdonarse: explique cualquier Sí.
i485-eligibility-trafficking-central-reason-explain = Si contestó sí: ¿qué pasó, cuándo y dónde?

i485-eligibility-status-before-leaving = ¿Cuál era su nacionalidad o su estatus de inmigración antes de salir?
    .why = El formulario pregunta esto cuando salió de los Estados Unidos para evitar el servicio militar.
i485-eligibility-status-before-leaving-status = Nacionalidad o estatus antes de salir (en inglés)

# ---- Issue 18: the principal, marriages, children, the interpreter and the preparer ----------

i485-principal = ¿Obtuvo usted el asilo o la condición de refugiado como cónyuge o hijo de otra persona?
    .why = Si su estatus vino por su esposo, esposa, madre o padre (usted es un "derivado"), el formulario pide el nombre, la fecha de nacimiento y el Número A de esa persona. Si la concesión fue suya, deje todo vacío y continúe.
i485-principal-family = Apellido(s) de esa persona
i485-principal-given = Nombre de pila de esa persona
i485-principal-middle = Segundo nombre de esa persona
i485-principal-birth = Fecha de nacimiento de esa persona
i485-principal-anumber = Número de Registro de Extranjero (Número A) de esa persona
i485-principal-country = País de nacimiento de esa persona
i485-principal-nationality = Nacionalidad (ciudadanía) de esa persona

i485-marriages = Sus matrimonios
    .why = El formulario pregunta por su esposo o esposa actual y por sus matrimonios anteriores. Agregue primero su matrimonio actual y después cada uno de los anteriores. La dirección es solo para su cónyuge actual.
i485-marriages-family = Apellido(s) del cónyuge
i485-marriages-given = Nombre de pila del cónyuge
i485-marriages-middle = Segundo nombre del cónyuge
i485-marriages-anumber = Número de Registro de Extranjero (Número A) del cónyuge, si lo tiene
i485-marriages-birth = Fecha de nacimiento del cónyuge
i485-marriages-country = País de nacimiento del cónyuge
i485-marriages-nationality = Nacionalidad (ciudadanía) del cónyuge
i485-marriages-street = Solo para su cónyuge actual: dónde vive ahora, número y nombre de la calle
i485-marriages-unit = Apartamento, oficina o piso
i485-marriages-city = Ciudad o pueblo
i485-marriages-state = Estado de los EE. UU. (solo para una dirección en los Estados Unidos)
i485-marriages-zip = Código postal (ZIP) (solo para una dirección en los Estados Unidos)
i485-marriages-province = Provincia o estado (fuera de los Estados Unidos)
i485-marriages-postal = Código postal (fuera de los Estados Unidos)
i485-marriages-res-country = País
i485-marriages-date = Fecha del matrimonio
i485-marriages-place = Lugar del matrimonio (ciudad, estado o provincia, país)
i485-marriages-ended = Solo para un matrimonio anterior: la fecha en que terminó legalmente
i485-marriages-ended-by = ¿Cómo terminó?
i485-marriages-ended-by-divorce = Divorcio
i485-marriages-ended-by-death = Mi cónyuge falleció
i485-marriages-ended-by-annulment = Anulación

i485-prior-spouse = Sobre su esposo o esposa anterior
    .why = El formulario pide el nombre, la fecha de nacimiento, el país de nacimiento y la nacionalidad de su cónyuge anterior. Usted dio el nombre con sus matrimonios anteriores; revíselo y agregue lo demás.
i485-prior-spouse-family = Apellido(s) del cónyuge anterior
i485-prior-spouse-given = Nombre de pila del cónyuge anterior
i485-prior-spouse-middle = Segundo nombre del cónyuge anterior
i485-prior-spouse-birth = Fecha de nacimiento del cónyuge anterior
i485-prior-spouse-country = País de nacimiento del cónyuge anterior
i485-prior-spouse-nationality = Nacionalidad (ciudadanía) del cónyuge anterior

i485-spouse-more = Más sobre su cónyuge actual
    .why = El formulario pregunta si su esposo o esposa sirve en las fuerzas armadas de los EE. UU. y si presenta su solicitud con usted.
i485-spouse-more-military = ¿Es su cónyuge miembro de las fuerzas armadas o de la Guardia Costera de los EE. UU.?
i485-spouse-more-applying = ¿Presenta su cónyuge su solicitud con usted?
    .hint = Cada persona presenta su propio Formulario I-485. Si contesta Sí, después de su solicitud la entrevista le pregunta la de su cónyuge, sin volver a preguntar lo que ya le dijo sobre esa persona.

i485-prior-ended = ¿Dónde terminó su matrimonio anterior?
    .why = El formulario pregunta dónde terminó legalmente su matrimonio anterior (el lugar del divorcio o de la anulación, o donde falleció su cónyuge). Déjelo vacío si no lo sabe.
i485-prior-ended-place = Lugar donde terminó (ciudad, estado o provincia, país)
i485-prior-ended-other = Si terminó de otra manera que por divorcio, fallecimiento o anulación: ¿cómo?

i485-children = Sus hijos
    .why = El formulario pregunta por cada hijo o hija vivo que usted tenga, sin importar su edad o dónde vive. Si no tiene hijos, deje las casillas vacías y oprima "Guardar y continuar".
i485-children-family = Apellido(s) del hijo o de la hija
i485-children-given = Nombre de pila del hijo o de la hija
i485-children-middle = Segundo nombre del hijo o de la hija
i485-children-anumber = Número de Registro de Extranjero (Número A) del hijo o de la hija, si lo tiene
i485-children-birth = Fecha de nacimiento del hijo o de la hija
i485-children-country = País donde nació
i485-children-nationality = Nacionalidad (ciudadanía) del hijo o de la hija
i485-children-relationship = Este hijo o esta hija es mi
i485-children-relationship-biological = Hijo biológico
i485-children-relationship-stepchild = Hijastro
i485-children-relationship-adopted = Hijo adoptivo
i485-children-applying = ¿Presenta también este hijo o esta hija su propio Formulario I-485?
    .hint = Si contesta Sí, después de su solicitud la entrevista le pregunta la de este hijo o esta hija, sin volver a preguntar lo que ya le dijo sobre esa persona.

i485-interpreter = ¿Le leyó un intérprete esta solicitud?
    .why = Si alguien le leyó las preguntas en su idioma, el formulario pide el nombre y los datos de contacto del intérprete, y esa persona firma la Parte 11. Si usted lee bien el inglés y nadie se la leyó, deje todo vacío y continúe.
i485-interpreter-family = Apellido(s) del intérprete
i485-interpreter-given = Nombre de pila del intérprete
i485-interpreter-organization = Nombre de la organización, si la hay
i485-interpreter-street = Número y nombre de la calle
i485-interpreter-unit = Apartamento, oficina o piso
i485-interpreter-city = Ciudad o pueblo
i485-interpreter-state = Estado
i485-interpreter-zip = Código postal (ZIP)
i485-interpreter-province = Provincia (fuera de los Estados Unidos)
i485-interpreter-postal = Código postal (fuera de los Estados Unidos)
i485-interpreter-country = País
i485-interpreter-phone = Número de teléfono
i485-interpreter-mobile = Número de teléfono celular, si lo tiene
i485-interpreter-email = Correo electrónico, si lo tiene
i485-interpreter-language = El idioma en que se la leyó

i485-preparer = ¿Alguien más preparó esta solicitud por usted?
    .why = Si una persona que no es usted preparó el formulario (por ejemplo, un abogado o alguien de una organización comunitaria), el formulario pide su nombre y sus datos de contacto, y esa persona firma la Parte 12. Si nadie lo hizo, deje todo vacío y continúe.
i485-preparer-family = Apellido(s) del preparador
i485-preparer-given = Nombre de pila del preparador
i485-preparer-organization = Nombre de la organización, si la hay
i485-preparer-street = Número y nombre de la calle
i485-preparer-unit = Apartamento, oficina o piso
i485-preparer-city = Ciudad o pueblo
i485-preparer-state = Estado
i485-preparer-zip = Código postal (ZIP)
i485-preparer-province = Provincia (fuera de los Estados Unidos)
i485-preparer-postal = Código postal (fuera de los Estados Unidos)
i485-preparer-country = País
i485-preparer-phone = Número de teléfono
i485-preparer-mobile = Número de teléfono celular, si lo tiene
i485-preparer-email = Correo electrónico, si lo tiene
i485-preparer-attorney = ¿Es el preparador un abogado o un representante acreditado?
i485-preparer-bar = Número de colegiatura (bar number), si es abogado
i485-preparer-uscis = Número de Cuenta en Línea de USCIS del preparador, si lo tiene
i485-preparer-volag = Número VOLAG, si le ayudó una agencia voluntaria

i485-other-births = ¿Alguna vez ha usado otra fecha de nacimiento?
    .why = El formulario pide cualquier otra fecha de nacimiento que haya usado o que aparezca en sus documentos (por ejemplo, una fecha equivocada en una tarjeta). Agregue cada una. Si no hay ninguna, deje las casillas vacías y oprima "Guardar y continuar".
i485-other-births-date = Otra fecha de nacimiento

i485-other-anumbers = ¿Alguna vez ha tenido otro Número A?
    .why = El formulario pide cualquier otro Número de Registro de Extranjero (Número A) que le hayan dado. Agregue cada uno. Si no hay ninguno, deje la casilla vacía y oprima "Guardar y continuar".
i485-other-anumbers-anumber = Otro Número A

## Parte 1 punto 18: su dirección postal; Parte 4 puntos 1-4: una visa de inmigrante solicitada en el extranjero

i485-mailing-differs = ¿Recibe su correo en una dirección distinta de donde vive?
    .why = El formulario pregunta si la dirección donde vive es también su dirección postal (Parte 1, punto 18). Conteste Sí solo si su correo llega a otro lugar; la siguiente pantalla le pedirá esa dirección.
i485-mailing = Su dirección postal
    .why = USCIS envía las cartas y su tarjeta verde a esta dirección, en lugar de a donde vive.
i485-mailing-care-of = A cargo de (la persona que recibe el correo), si hay
i485-mailing-street = Número y nombre de la calle, o apartado postal
i485-mailing-unit = Apartamento, suite o piso
i485-mailing-city = Ciudad o pueblo
i485-mailing-state = Estado (dos letras)
i485-mailing-zip = Código postal (ZIP)

i485-immigrant-visa = ¿Alguna vez solicitó una visa de inmigrante en una embajada o un consulado de los Estados Unidos en el extranjero?
    .why = El formulario pregunta si alguna vez solicitó una visa de inmigrante: la residencia permanente pedida desde fuera de los Estados Unidos (Parte 4, punto 1). Conteste Sí aunque se la hayan negado o usted la haya retirado.
i485-immigrant-visa-details = Su solicitud de visa de inmigrante en el extranjero
    .why = El formulario pregunta dónde la solicitó, qué se decidió y cuándo (Parte 4, puntos 2 a 4).
i485-immigrant-visa-details-city = Ciudad de la embajada o del consulado de los Estados Unidos
i485-immigrant-visa-details-country = País de la embajada o del consulado de los Estados Unidos
i485-immigrant-visa-details-decision = ¿Qué se decidió?
    .hint = Por ejemplo: approved (aprobada), refused (rechazada), denied (denegada) o withdrawn (retirada).
i485-immigrant-visa-details-date = Fecha de la decisión
