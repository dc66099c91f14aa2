/**
 * Harmonized System 2022 headings (four digits) of the chapters that carry dual-use goods and
 * weapons components: 84 (machinery, engines, machine tools), 85 (electronics), 88 (aircraft and
 * unmanned aircraft), 90 (optics, navigation, measuring) and 93 (arms and ammunition). Source:
 * World Customs Organization, "HS Nomenclature 2022 Edition", heading texts (some shortened);
 * 8469, 8520 and 9009 were deleted in earlier editions and 8803 in 2022 (its parts went to 8807).
 */
import { parseTable } from './hs-chapters.js';

const TABLE = `
8401 Nuclear reactors; fuel elements (cartridges), non-irradiated, for nuclear reactors; machinery and apparatus for isotopic separation
8402 Steam or other vapour generating boilers; super-heated water boilers
8403 Central heating boilers other than those of heading 84.02
8404 Auxiliary plant for use with boilers of heading 84.02 or 84.03; condensers for steam or other vapour power units
8405 Producer gas or water gas generators; acetylene gas generators and similar water process gas generators
8406 Steam turbines and other vapour turbines
8407 Spark-ignition reciprocating or rotary internal combustion piston engines
8408 Compression-ignition internal combustion piston engines (diesel or semi-diesel engines)
8409 Parts suitable for use solely or principally with the engines of heading 84.07 or 84.08
8410 Hydraulic turbines, water wheels, and regulators therefor
8411 Turbo-jets, turbo-propellers and other gas turbines
8412 Other engines and motors
8413 Pumps for liquids; liquid elevators
8414 Air or vacuum pumps, air or other gas compressors and fans; ventilating or recycling hoods incorporating a fan
8415 Air conditioning machines
8416 Furnace burners; mechanical stokers, mechanical grates, mechanical ash dischargers
8417 Industrial or laboratory furnaces and ovens, non-electric
8418 Refrigerators, freezers and other refrigerating or freezing equipment; heat pumps
8419 Machinery, plant or laboratory equipment for the treatment of materials by a process involving a change of temperature; non-electric water heaters
8420 Calendering or other rolling machines, other than for metals or glass, and cylinders therefor
8421 Centrifuges, including centrifugal dryers; filtering or purifying machinery and apparatus, for liquids or gases
8422 Dish washing machines; machinery for cleaning, drying, filling, closing, sealing or labelling containers; packing or wrapping machinery
8423 Weighing machinery (excluding balances of a sensitivity of 5 cg or better)
8424 Mechanical appliances for projecting, dispersing or spraying liquids or powders; fire extinguishers; spray guns; steam or sand blasting machines
8425 Pulley tackle and hoists other than skip hoists; winches and capstans; jacks
8426 Ships' derricks; cranes, including cable cranes; mobile lifting frames, straddle carriers and works trucks fitted with a crane
8427 Fork-lift trucks; other works trucks fitted with lifting or handling equipment
8428 Other lifting, handling, loading or unloading machinery
8429 Self-propelled bulldozers, angledozers, graders, levellers, scrapers, mechanical shovels, excavators, shovel loaders, tamping machines and road rollers
8430 Other moving, grading, levelling, scraping, excavating, tamping, compacting, extracting or boring machinery, for earth, minerals or ores; pile-drivers; snow-ploughs
8431 Parts suitable for use solely or principally with the machinery of headings 84.25 to 84.30
8432 Agricultural, horticultural or forestry machinery for soil preparation or cultivation; lawn or sports-ground rollers
8433 Harvesting or threshing machinery; grass or hay mowers; machines for cleaning or grading agricultural produce
8434 Milking machines and dairy machinery
8435 Presses, crushers and similar machinery used in the manufacture of wine, cider, fruit juices or similar beverages
8436 Other agricultural, horticultural, forestry, poultry-keeping or bee-keeping machinery
8437 Machines for cleaning, sorting or grading seed, grain or dried leguminous vegetables; machinery used in the milling industry
8438 Machinery for the industrial preparation or manufacture of food or drink, not elsewhere specified or included
8439 Machinery for making pulp of fibrous cellulosic material or for making or finishing paper or paperboard
8440 Book-binding machinery, including book-sewing machines
8441 Other machinery for making up paper pulp, paper or paperboard, including cutting machines of all kinds
8442 Machinery, apparatus and equipment for preparing or making plates, cylinders or other printing components
8443 Printing machinery; other printers, copying machines and facsimile machines
8444 Machines for extruding, drawing, texturing or cutting man-made textile materials
8445 Machines for preparing textile fibres; spinning, doubling or twisting machines
8446 Weaving machines (looms)
8447 Knitting machines, stitch-bonding machines and machines for making gimped yarn, tulle, lace, embroidery, trimmings, braid or net; tufting machines
8448 Auxiliary machinery for use with machines of headings 84.44 to 84.47; parts and accessories of such machines
8449 Machinery for the manufacture or finishing of felt or nonwovens; hat-making blocks
8450 Household or laundry-type washing machines
8451 Machinery for washing, cleaning, drying, ironing, pressing, bleaching, dyeing, coating or impregnating textile yarns, fabrics or made up textile articles
8452 Sewing machines; furniture, bases and covers for sewing machines; sewing machine needles
8453 Machinery for preparing, tanning or working hides, skins or leather or for making or repairing footwear
8454 Converters, ladles, ingot moulds and casting machines, of a kind used in metallurgy or in metal foundries
8455 Metal-rolling mills and rolls therefor
8456 Machine-tools for working any material by removal of material, by laser or other light or photon beam, ultrasonic, electro-discharge, electro-chemical, electron beam, ionic-beam or plasma arc processes; water-jet cutting machines
8457 Machining centres, unit construction machines (single station) and multi-station transfer machines, for working metal
8458 Lathes (including turning centres) for removing metal
8459 Machine-tools (including way-type unit head machines) for drilling, boring, milling, threading or tapping by removing metal
8460 Machine-tools for deburring, sharpening, grinding, honing, lapping, polishing or otherwise finishing metal or cermets
8461 Machine-tools for planing, shaping, slotting, broaching, gear cutting, gear grinding or gear finishing, sawing, cutting-off metal or cermets
8462 Machine-tools for working metal by forging, hammering or die forging; bending, folding, straightening, shearing, punching or notching machine-tools; presses
8463 Other machine-tools for working metal or cermets, without removing material
8464 Machine-tools for working stone, ceramics, concrete, asbestos-cement or like mineral materials or for cold working glass
8465 Machine-tools for working wood, cork, bone, hard rubber, hard plastics or similar hard materials
8466 Parts and accessories for use with the machines of headings 84.56 to 84.65, including work or tool holders and dividing heads
8467 Tools for working in the hand, pneumatic, hydraulic or with self-contained electric or non-electric motor
8468 Machinery and apparatus for soldering, brazing or welding, not electric; gas-operated surface tempering machines
8470 Calculating machines and pocket-size data recording, reproducing and displaying machines with calculating functions; cash registers
8471 Automatic data processing machines and units thereof; magnetic or optical readers; machines for transcribing data onto data media in coded form
8472 Other office machines (for example, duplicating machines, addressing machines, automatic banknote dispensers, coin-sorting machines)
8473 Parts and accessories for use with machines of headings 84.70 to 84.72
8474 Machinery for sorting, screening, separating, washing, crushing, grinding, mixing or kneading earth, stone, ores or other mineral substances
8475 Machines for assembling electric or electronic lamps, tubes or valves in glass envelopes; machines for manufacturing or hot working glass or glassware
8476 Automatic goods-vending machines, including money-changing machines
8477 Machinery for working rubber or plastics or for the manufacture of products from these materials
8478 Machinery for preparing or making up tobacco
8479 Machines and mechanical appliances having individual functions, not specified or included elsewhere in this Chapter
8480 Moulding boxes for metal foundry; mould bases; moulding patterns; moulds for metal, metal carbides, glass, mineral materials, rubber or plastics
8481 Taps, cocks, valves and similar appliances for pipes, boiler shells, tanks, vats or the like
8482 Ball or roller bearings
8483 Transmission shafts and cranks; bearing housings and plain shaft bearings; gears and gearing; ball or roller screws; gear boxes; flywheels and pulleys; clutches and shaft couplings
8484 Gaskets and similar joints of metal sheeting combined with other material or of two or more layers of metal; mechanical seals
8485 Machines for additive manufacturing
8486 Machines and apparatus of a kind used solely or principally for the manufacture of semiconductor boules or wafers, semiconductor devices, electronic integrated circuits or flat panel displays
8487 Machinery parts, not containing electrical connectors, insulators, coils, contacts or other electrical features, not specified or included elsewhere in this Chapter
8501 Electric motors and generators (excluding generating sets)
8502 Electric generating sets and rotary converters
8503 Parts suitable for use solely or principally with the machines of heading 85.01 or 85.02
8504 Electrical transformers, static converters (for example, rectifiers) and inductors
8505 Electro-magnets; permanent magnets; electro-magnetic or permanent magnet chucks, clamps and similar holding devices; electro-magnetic couplings, clutches and brakes; lifting heads
8506 Primary cells and primary batteries
8507 Electric accumulators, including separators therefor
8508 Vacuum cleaners
8509 Electro-mechanical domestic appliances, with self-contained electric motor, other than vacuum cleaners
8510 Shavers, hair clippers and hair-removing appliances, with self-contained electric motor
8511 Electrical ignition or starting equipment for spark-ignition or compression-ignition internal combustion engines; generators and cut-outs used with such engines
8512 Electrical lighting or signalling equipment, windscreen wipers, defrosters and demisters, of a kind used for cycles or motor vehicles
8513 Portable electric lamps designed to function by their own source of energy
8514 Industrial or laboratory electric furnaces and ovens; other industrial or laboratory equipment for the heat treatment of materials by induction or dielectric loss
8515 Electric, laser or other light or photon beam, ultrasonic, electron beam, magnetic pulse or plasma arc soldering, brazing or welding machines; machines for hot spraying of metals
8516 Electric water heaters and immersion heaters; electric space heating apparatus; electro-thermic hair-dressing apparatus; electric smoothing irons; other electro-thermic domestic appliances; heating resistors
8517 Telephone sets, including smartphones and other telephones for cellular or other wireless networks; other apparatus for the transmission or reception of voice, images or other data
8518 Microphones; loudspeakers; headphones and earphones; audio-frequency electric amplifiers; electric sound amplifier sets
8519 Sound recording or reproducing apparatus
8521 Video recording or reproducing apparatus
8522 Parts and accessories for use with the apparatus of headings 85.19 to 85.21
8523 Discs, tapes, solid-state non-volatile storage devices, smart cards and other media for the recording of sound or of other phenomena
8524 Flat panel display modules, whether or not incorporating touch-sensitive screens
8525 Transmission apparatus for radio-broadcasting or television; television cameras, digital cameras and video camera recorders
8526 Radar apparatus, radio navigational aid apparatus and radio remote control apparatus
8527 Reception apparatus for radio-broadcasting
8528 Monitors and projectors, not incorporating television reception apparatus; reception apparatus for television
8529 Parts suitable for use solely or principally with the apparatus of headings 85.24 to 85.28
8530 Electrical signalling, safety or traffic control equipment for railways, tramways, roads, inland waterways, parking facilities, port installations or airfields
8531 Electric sound or visual signalling apparatus (for example, bells, sirens, indicator panels, burglar or fire alarms)
8532 Electrical capacitors, fixed, variable or adjustable (pre-set)
8533 Electrical resistors (including rheostats and potentiometers), other than heating resistors
8534 Printed circuits
8535 Electrical apparatus for switching or protecting electrical circuits, or for making connections to or in electrical circuits, for a voltage exceeding 1,000 volts
8536 Electrical apparatus for switching or protecting electrical circuits, or for making connections to or in electrical circuits, for a voltage not exceeding 1,000 volts; connectors for optical fibres
8537 Boards, panels, consoles, desks, cabinets and other bases, equipped with apparatus of heading 85.35 or 85.36, for electric control or the distribution of electricity
8538 Parts suitable for use solely or principally with the apparatus of heading 85.35, 85.36 or 85.37
8539 Electric filament or discharge lamps; arc lamps; light-emitting diode (LED) light sources
8540 Thermionic, cold cathode or photo-cathode valves and tubes
8541 Semiconductor devices (for example, diodes, transistors, semiconductor based transducers); photosensitive semiconductor devices, including photovoltaic cells; light-emitting diodes (LED); mounted piezo-electric crystals
8542 Electronic integrated circuits
8543 Electrical machines and apparatus, having individual functions, not specified or included elsewhere in this Chapter
8544 Insulated wire, cable and other insulated electric conductors; optical fibre cables made up of individually sheathed fibres
8545 Carbon electrodes, carbon brushes, lamp carbons, battery carbons and other articles of graphite or other carbon, for electrical purposes
8546 Electrical insulators of any material
8547 Insulating fittings for electrical machines, appliances or equipment; electrical conduit tubing and joints therefor
8548 Electrical parts of machinery or apparatus, not specified or included elsewhere in this Chapter
8549 Electrical and electronic waste and scrap
8801 Balloons and dirigibles; gliders, hang gliders and other non-powered aircraft
8802 Other aircraft (for example, helicopters, aeroplanes), except unmanned aircraft of heading 88.06; spacecraft (including satellites) and suborbital and spacecraft launch vehicles
8804 Parachutes (including dirigible parachutes and paragliders) and rotochutes; parts thereof and accessories thereto
8805 Aircraft launching gear; deck-arrestor or similar gear; ground flying trainers; parts of the foregoing articles
8806 Unmanned aircraft
8807 Parts of goods of heading 88.01, 88.02 or 88.06
9001 Optical fibres and optical fibre bundles; optical fibre cables other than those of heading 85.44; sheets and plates of polarising material; lenses, prisms, mirrors and other optical elements, unmounted
9002 Lenses, prisms, mirrors and other optical elements, mounted, being parts of or fittings for instruments or apparatus
9003 Frames and mountings for spectacles, goggles or the like
9004 Spectacles, goggles and the like, corrective, protective or other
9005 Binoculars, monoculars, other optical telescopes, and mountings therefor; other astronomical instruments
9006 Photographic cameras; photographic flashlight apparatus and flashbulbs
9007 Cinematographic cameras and projectors
9008 Image projectors, other than cinematographic; photographic enlargers and reducers
9010 Apparatus and equipment for photographic (including cinematographic) laboratories; negatoscopes; projection screens
9011 Compound optical microscopes, including those for photomicrography, cinephotomicrography or microprojection
9012 Microscopes other than optical microscopes; diffraction apparatus
9013 Liquid crystal devices not constituting articles provided for more specifically in other headings; lasers, other than laser diodes; other optical appliances and instruments
9014 Direction finding compasses; other navigational instruments and appliances
9015 Surveying, hydrographic, oceanographic, hydrological, meteorological or geophysical instruments and appliances, excluding compasses; rangefinders
9016 Balances of a sensitivity of 5 cg or better
9017 Drawing, marking-out or mathematical calculating instruments; instruments for measuring length, for use in the hand
9018 Instruments and appliances used in medical, surgical, dental or veterinary sciences
9019 Mechano-therapy appliances; massage apparatus; psychological aptitude-testing apparatus; ozone, oxygen or aerosol therapy, artificial respiration or other therapeutic respiration apparatus
9020 Other breathing appliances and gas masks, excluding protective masks having neither mechanical parts nor replaceable filters
9021 Orthopaedic appliances; splints and other fracture appliances; artificial parts of the body; hearing aids
9022 Apparatus based on the use of X-rays or of alpha, beta, gamma or other ionising radiations
9023 Instruments, apparatus and models, designed for demonstrational purposes
9024 Machines and appliances for testing the hardness, strength, compressibility, elasticity or other mechanical properties of materials
9025 Hydrometers, thermometers, pyrometers, barometers, hygrometers and psychrometers
9026 Instruments and apparatus for measuring or checking the flow, level, pressure or other variables of liquids or gases
9027 Instruments and apparatus for physical or chemical analysis; instruments for measuring viscosity, porosity, expansion, surface tension; instruments for measuring quantities of heat, sound or light
9028 Gas, liquid or electricity supply or production meters
9029 Revolution counters, production counters, taximeters, mileometers, pedometers; speed indicators and tachometers; stroboscopes
9030 Oscilloscopes, spectrum analysers and other instruments and apparatus for measuring or checking electrical quantities; instruments for measuring or detecting ionising radiations
9031 Measuring or checking instruments, appliances and machines, not specified or included elsewhere in this Chapter; profile projectors
9032 Automatic regulating or controlling instruments and apparatus
9033 Parts and accessories (not specified or included elsewhere in this Chapter) for machines, appliances, instruments or apparatus of Chapter 90
9301 Military weapons, other than revolvers, pistols and the arms of heading 93.07
9302 Revolvers and pistols, other than those of heading 93.03 or 93.04
9303 Other firearms and similar devices which operate by the firing of an explosive charge
9304 Other arms (for example, spring, air or gas guns and pistols, truncheons), excluding those of heading 93.07
9305 Parts and accessories of articles of headings 93.01 to 93.04
9306 Bombs, grenades, torpedoes, mines, missiles and similar munitions of war and parts thereof; cartridges and other ammunition and projectiles and parts thereof
9307 Swords, cutlasses, bayonets, lances and similar arms and parts thereof and scabbards therefor
`;

export const HS_HEADINGS = parseTable(TABLE);
