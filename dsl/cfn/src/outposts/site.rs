// @generated from AWS::Outposts::Site (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Outposts::Site` and its property types.

/// Definition of AWS::Outposts::Site Resource Type
///
/// CloudFormation type `AWS::Outposts::Site`.
#[derive(Debug, Clone, PartialEq)]
pub struct Site {
    props: ::forma_core::schema::Props,
}
impl Site {
    /// A new resource with its required properties: `Name`.
    #[track_caller]
    pub fn new(name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Description`.
    ///
    /// Allowed: length 1 to 1001.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Notes`.
    ///
    /// Allowed: length 1 to 2000.
    #[track_caller]
    pub fn notes(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `OperatingAddress`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn operating_address(mut self, value: impl ::std::convert::Into<::forma_core::Value<Address>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `RackPhysicalProperties`.
    #[track_caller]
    pub fn rack_physical_properties(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RackPhysicalProperties>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ShippingAddress`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn shipping_address(mut self, value: impl ::std::convert::Into<::forma_core::Value<Address>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Site {
    type Attributes = SiteAttributes;
    fn type_name(&self) -> &str {
        "AWS::Outposts::Site"
    }
    fn into_properties(self) -> ::forma_core::schema::Object {
        self.props.into_object(SPEC.properties)
    }
    fn into_parts(self) -> (::forma_core::schema::Object, ::forma_core::schema::SetAt) {
        self.props.into_parts(SPEC.properties)
    }
    fn schema(&self) -> ::std::option::Option<&'static ::forma_core::schema::ResourceType> {
        Some(&SPEC)
    }
}
/// The attributes of a `AWS::Outposts::Site` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SiteAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SiteAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SiteAttributes {
    /// `Fn::GetAtt` `SiteId`.
    pub fn site_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SiteId")
    }
    /// `Fn::GetAtt` `SiteArn`.
    pub fn site_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SiteArn")
    }
}

/// The `Address` property type of `AWS::Outposts::Site`.
#[derive(Debug, Clone, PartialEq)]
pub struct Address {
    props: ::forma_core::schema::Props,
}
impl Address {
    /// A new value with its required properties: `AddressLine1`, `City`, `ContactName`, `ContactPhoneNumber`, `CountryCode`, `PostalCode`, `StateOrRegion`.
    pub fn new(
        address_line1: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        city: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        contact_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        contact_phone_number: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        country_code: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        postal_code: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        state_or_region: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, address_line1.into().into_expr());
        props.set(3, city.into().into_expr());
        props.set(4, contact_name.into().into_expr());
        props.set(5, contact_phone_number.into().into_expr());
        props.set(6, country_code.into().into_expr());
        props.set(9, postal_code.into().into_expr());
        props.set(10, state_or_region.into().into_expr());
        Self { props }
    }
    /// `AddressLine2`.
    ///
    /// Allowed: length 0 to 60.
    pub fn address_line2(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `AddressLine3`.
    ///
    /// Allowed: length 0 to 60.
    pub fn address_line3(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `DistrictOrCounty`.
    ///
    /// Allowed: length 1 to 60.
    pub fn district_or_county(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `Municipality`.
    ///
    /// Allowed: length 0 to 180.
    pub fn municipality(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Address> for ::forma_core::Value<Address> {
    fn from(v: Address) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ADDRESS_TYPE.properties))
    }
}

/// The values CloudFormation documents: `SINGLE_MODE`, `MULTI_MODE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FiberOpticCableType {
    /// `SINGLE_MODE`
    SingleMode,
    /// `MULTI_MODE`
    MultiMode,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl FiberOpticCableType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SingleMode => "SINGLE_MODE",
            Self::MultiMode => "MULTI_MODE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SINGLE_MODE", "MULTI_MODE"]
    }
}
impl ::std::convert::From<FiberOpticCableType> for ::forma_core::Value<FiberOpticCableType> {
    fn from(v: FiberOpticCableType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for FiberOpticCableType {}

/// The values CloudFormation documents: `NO_LIMIT`, `MAX_1400_LBS`, `MAX_1600_LBS`, `MAX_1800_LBS`, `MAX_2000_LBS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MaximumSupportedWeightLbs {
    /// `NO_LIMIT`
    NoLimit,
    /// `MAX_1400_LBS`
    Max1400Lbs,
    /// `MAX_1600_LBS`
    Max1600Lbs,
    /// `MAX_1800_LBS`
    Max1800Lbs,
    /// `MAX_2000_LBS`
    Max2000Lbs,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MaximumSupportedWeightLbs {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NoLimit => "NO_LIMIT",
            Self::Max1400Lbs => "MAX_1400_LBS",
            Self::Max1600Lbs => "MAX_1600_LBS",
            Self::Max1800Lbs => "MAX_1800_LBS",
            Self::Max2000Lbs => "MAX_2000_LBS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["NO_LIMIT", "MAX_1400_LBS", "MAX_1600_LBS", "MAX_1800_LBS", "MAX_2000_LBS"]
    }
}
impl ::std::convert::From<MaximumSupportedWeightLbs> for ::forma_core::Value<MaximumSupportedWeightLbs> {
    fn from(v: MaximumSupportedWeightLbs) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MaximumSupportedWeightLbs {}

/// The values CloudFormation documents: `OPTIC_10GBASE_SR`, `OPTIC_10GBASE_IR`, `OPTIC_10GBASE_LR`, `OPTIC_40GBASE_SR`, `OPTIC_40GBASE_ESR`, `OPTIC_40GBASE_IR4_LR4L`, `OPTIC_40GBASE_LR4`, `OPTIC_100GBASE_SR4`, `OPTIC_100GBASE_CWDM4`, `OPTIC_100GBASE_LR4`, `OPTIC_100G_PSM4_MSA`, `OPTIC_1000BASE_LX`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OpticalStandard {
    /// `OPTIC_10GBASE_SR`
    Optic10GbaseSr,
    /// `OPTIC_10GBASE_IR`
    Optic10GbaseIr,
    /// `OPTIC_10GBASE_LR`
    Optic10GbaseLr,
    /// `OPTIC_40GBASE_SR`
    Optic40GbaseSr,
    /// `OPTIC_40GBASE_ESR`
    Optic40GbaseEsr,
    /// `OPTIC_40GBASE_IR4_LR4L`
    Optic40GbaseIr4Lr4L,
    /// `OPTIC_40GBASE_LR4`
    Optic40GbaseLr4,
    /// `OPTIC_100GBASE_SR4`
    Optic100GbaseSr4,
    /// `OPTIC_100GBASE_CWDM4`
    Optic100GbaseCwdm4,
    /// `OPTIC_100GBASE_LR4`
    Optic100GbaseLr4,
    /// `OPTIC_100G_PSM4_MSA`
    Optic100GPsm4Msa,
    /// `OPTIC_1000BASE_LX`
    Optic1000BaseLx,
    /// `OPTIC_1000BASE_SX`
    Optic1000BaseSx,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl OpticalStandard {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Optic10GbaseSr => "OPTIC_10GBASE_SR",
            Self::Optic10GbaseIr => "OPTIC_10GBASE_IR",
            Self::Optic10GbaseLr => "OPTIC_10GBASE_LR",
            Self::Optic40GbaseSr => "OPTIC_40GBASE_SR",
            Self::Optic40GbaseEsr => "OPTIC_40GBASE_ESR",
            Self::Optic40GbaseIr4Lr4L => "OPTIC_40GBASE_IR4_LR4L",
            Self::Optic40GbaseLr4 => "OPTIC_40GBASE_LR4",
            Self::Optic100GbaseSr4 => "OPTIC_100GBASE_SR4",
            Self::Optic100GbaseCwdm4 => "OPTIC_100GBASE_CWDM4",
            Self::Optic100GbaseLr4 => "OPTIC_100GBASE_LR4",
            Self::Optic100GPsm4Msa => "OPTIC_100G_PSM4_MSA",
            Self::Optic1000BaseLx => "OPTIC_1000BASE_LX",
            Self::Optic1000BaseSx => "OPTIC_1000BASE_SX",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "OPTIC_10GBASE_SR",
            "OPTIC_10GBASE_IR",
            "OPTIC_10GBASE_LR",
            "OPTIC_40GBASE_SR",
            "OPTIC_40GBASE_ESR",
            "OPTIC_40GBASE_IR4_LR4L",
            "OPTIC_40GBASE_LR4",
            "OPTIC_100GBASE_SR4",
            "OPTIC_100GBASE_CWDM4",
            "OPTIC_100GBASE_LR4",
            "OPTIC_100G_PSM4_MSA",
            "OPTIC_1000BASE_LX",
            "OPTIC_1000BASE_SX",
        ]
    }
}
impl ::std::convert::From<OpticalStandard> for ::forma_core::Value<OpticalStandard> {
    fn from(v: OpticalStandard) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for OpticalStandard {}

/// The values CloudFormation documents: `L6_30P`, `IEC309`, `AH530P7W`, `AH532P6W`, `CS8365C`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PowerConnector {
    /// `L6_30P`
    L630P,
    /// `IEC309`
    Iec309,
    /// `AH530P7W`
    Ah530P7W,
    /// `AH532P6W`
    Ah532P6W,
    /// `CS8365C`
    Cs8365C,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PowerConnector {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::L630P => "L6_30P",
            Self::Iec309 => "IEC309",
            Self::Ah530P7W => "AH530P7W",
            Self::Ah532P6W => "AH532P6W",
            Self::Cs8365C => "CS8365C",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["L6_30P", "IEC309", "AH530P7W", "AH532P6W", "CS8365C"]
    }
}
impl ::std::convert::From<PowerConnector> for ::forma_core::Value<PowerConnector> {
    fn from(v: PowerConnector) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PowerConnector {}

/// The values CloudFormation documents: `POWER_5_KVA`, `POWER_10_KVA`, `POWER_15_KVA`, `POWER_30_KVA`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PowerDrawKva {
    /// `POWER_5_KVA`
    Power5Kva,
    /// `POWER_10_KVA`
    Power10Kva,
    /// `POWER_15_KVA`
    Power15Kva,
    /// `POWER_30_KVA`
    Power30Kva,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PowerDrawKva {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Power5Kva => "POWER_5_KVA",
            Self::Power10Kva => "POWER_10_KVA",
            Self::Power15Kva => "POWER_15_KVA",
            Self::Power30Kva => "POWER_30_KVA",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["POWER_5_KVA", "POWER_10_KVA", "POWER_15_KVA", "POWER_30_KVA"]
    }
}
impl ::std::convert::From<PowerDrawKva> for ::forma_core::Value<PowerDrawKva> {
    fn from(v: PowerDrawKva) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PowerDrawKva {}

/// The values CloudFormation documents: `ABOVE_RACK`, `BELOW_RACK`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PowerFeedDrop {
    /// `ABOVE_RACK`
    AboveRack,
    /// `BELOW_RACK`
    BelowRack,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PowerFeedDrop {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AboveRack => "ABOVE_RACK",
            Self::BelowRack => "BELOW_RACK",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ABOVE_RACK", "BELOW_RACK"]
    }
}
impl ::std::convert::From<PowerFeedDrop> for ::forma_core::Value<PowerFeedDrop> {
    fn from(v: PowerFeedDrop) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PowerFeedDrop {}

/// The values CloudFormation documents: `SINGLE_PHASE`, `THREE_PHASE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PowerPhase {
    /// `SINGLE_PHASE`
    SinglePhase,
    /// `THREE_PHASE`
    ThreePhase,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PowerPhase {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SinglePhase => "SINGLE_PHASE",
            Self::ThreePhase => "THREE_PHASE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SINGLE_PHASE", "THREE_PHASE"]
    }
}
impl ::std::convert::From<PowerPhase> for ::forma_core::Value<PowerPhase> {
    fn from(v: PowerPhase) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PowerPhase {}

/// The values CloudFormation documents: `UPLINK_COUNT_1`, `UPLINK_COUNT_2`, `UPLINK_COUNT_3`, `UPLINK_COUNT_4`, `UPLINK_COUNT_5`, `UPLINK_COUNT_6`, `UPLINK_COUNT_7`, `UPLINK_COUNT_8`, `UPLINK_COUNT_12`, `UPLINK_COUNT_16`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UplinkCount {
    /// `UPLINK_COUNT_1`
    UplinkCount1,
    /// `UPLINK_COUNT_2`
    UplinkCount2,
    /// `UPLINK_COUNT_3`
    UplinkCount3,
    /// `UPLINK_COUNT_4`
    UplinkCount4,
    /// `UPLINK_COUNT_5`
    UplinkCount5,
    /// `UPLINK_COUNT_6`
    UplinkCount6,
    /// `UPLINK_COUNT_7`
    UplinkCount7,
    /// `UPLINK_COUNT_8`
    UplinkCount8,
    /// `UPLINK_COUNT_12`
    UplinkCount12,
    /// `UPLINK_COUNT_16`
    UplinkCount16,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl UplinkCount {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::UplinkCount1 => "UPLINK_COUNT_1",
            Self::UplinkCount2 => "UPLINK_COUNT_2",
            Self::UplinkCount3 => "UPLINK_COUNT_3",
            Self::UplinkCount4 => "UPLINK_COUNT_4",
            Self::UplinkCount5 => "UPLINK_COUNT_5",
            Self::UplinkCount6 => "UPLINK_COUNT_6",
            Self::UplinkCount7 => "UPLINK_COUNT_7",
            Self::UplinkCount8 => "UPLINK_COUNT_8",
            Self::UplinkCount12 => "UPLINK_COUNT_12",
            Self::UplinkCount16 => "UPLINK_COUNT_16",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "UPLINK_COUNT_1",
            "UPLINK_COUNT_2",
            "UPLINK_COUNT_3",
            "UPLINK_COUNT_4",
            "UPLINK_COUNT_5",
            "UPLINK_COUNT_6",
            "UPLINK_COUNT_7",
            "UPLINK_COUNT_8",
            "UPLINK_COUNT_12",
            "UPLINK_COUNT_16",
        ]
    }
}
impl ::std::convert::From<UplinkCount> for ::forma_core::Value<UplinkCount> {
    fn from(v: UplinkCount) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for UplinkCount {}

/// The values CloudFormation documents: `UPLINK_1G`, `UPLINK_10G`, `UPLINK_40G`, `UPLINK_100G`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UplinkGbps {
    /// `UPLINK_1G`
    Uplink1G,
    /// `UPLINK_10G`
    Uplink10G,
    /// `UPLINK_40G`
    Uplink40G,
    /// `UPLINK_100G`
    Uplink100G,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl UplinkGbps {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Uplink1G => "UPLINK_1G",
            Self::Uplink10G => "UPLINK_10G",
            Self::Uplink40G => "UPLINK_40G",
            Self::Uplink100G => "UPLINK_100G",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["UPLINK_1G", "UPLINK_10G", "UPLINK_40G", "UPLINK_100G"]
    }
}
impl ::std::convert::From<UplinkGbps> for ::forma_core::Value<UplinkGbps> {
    fn from(v: UplinkGbps) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for UplinkGbps {}

/// The `RackPhysicalProperties` property type of `AWS::Outposts::Site`.
#[derive(Debug, Clone, PartialEq)]
pub struct RackPhysicalProperties {
    props: ::forma_core::schema::Props,
}
impl RackPhysicalProperties {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `FiberOpticCableType`.
    pub fn fiber_optic_cable_type(mut self, value: impl ::forma_core::schema::EnumArg<FiberOpticCableType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `MaximumSupportedWeightLbs`.
    pub fn maximum_supported_weight_lbs(
        mut self,
        value: impl ::forma_core::schema::EnumArg<MaximumSupportedWeightLbs>,
    ) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// `OpticalStandard`.
    pub fn optical_standard(mut self, value: impl ::forma_core::schema::EnumArg<OpticalStandard>) -> Self {
        self.props.set(2, value.into_enum_expr());
        self
    }
    /// `PowerConnector`.
    pub fn power_connector(mut self, value: impl ::forma_core::schema::EnumArg<PowerConnector>) -> Self {
        self.props.set(3, value.into_enum_expr());
        self
    }
    /// `PowerDrawKva`.
    pub fn power_draw_kva(mut self, value: impl ::forma_core::schema::EnumArg<PowerDrawKva>) -> Self {
        self.props.set(4, value.into_enum_expr());
        self
    }
    /// `PowerFeedDrop`.
    pub fn power_feed_drop(mut self, value: impl ::forma_core::schema::EnumArg<PowerFeedDrop>) -> Self {
        self.props.set(5, value.into_enum_expr());
        self
    }
    /// `PowerPhase`.
    pub fn power_phase(mut self, value: impl ::forma_core::schema::EnumArg<PowerPhase>) -> Self {
        self.props.set(6, value.into_enum_expr());
        self
    }
    /// `UplinkCount`.
    pub fn uplink_count(mut self, value: impl ::forma_core::schema::EnumArg<UplinkCount>) -> Self {
        self.props.set(7, value.into_enum_expr());
        self
    }
    /// `UplinkGbps`.
    pub fn uplink_gbps(mut self, value: impl ::forma_core::schema::EnumArg<UplinkGbps>) -> Self {
        self.props.set(8, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for RackPhysicalProperties {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RackPhysicalProperties> for ::forma_core::Value<RackPhysicalProperties> {
    fn from(v: RackPhysicalProperties) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RACK_PHYSICAL_PROPERTIES_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::Outposts::Site`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`, `Value`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The schema of `AWS::Outposts::Site`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Outposts::Site",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\S ]+$"),
                min_length: Some(1),
                max_length: Some(1001),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\S ]+$"),
                min_length: Some(1),
                max_length: Some(1000),
            }),
        },
        ::forma_core::schema::Property {
            name: "Notes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\S \\n]+$"),
                min_length: Some(1),
                max_length: Some(2000),
            }),
        },
        ::forma_core::schema::Property {
            name: "OperatingAddress",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&ADDRESS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RackPhysicalProperties",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RACK_PHYSICAL_PROPERTIES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ShippingAddress",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&ADDRESS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["SiteId", "SiteArn"],
};

static ADDRESS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Outposts::Site.Address",
    properties: &[
        ::forma_core::schema::Property {
            name: "AddressLine1",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\S[\\S ]*$"),
                min_length: Some(1),
                max_length: Some(180),
            }),
        },
        ::forma_core::schema::Property {
            name: "AddressLine2",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\S[\\S ]*$"),
                min_length: Some(0),
                max_length: Some(60),
            }),
        },
        ::forma_core::schema::Property {
            name: "AddressLine3",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\S[\\S ]*$"),
                min_length: Some(0),
                max_length: Some(60),
            }),
        },
        ::forma_core::schema::Property {
            name: "City",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\S[\\S ]*$"),
                min_length: Some(1),
                max_length: Some(50),
            }),
        },
        ::forma_core::schema::Property {
            name: "ContactName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\S[\\S ]*$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "ContactPhoneNumber",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\S ]+$"),
                min_length: Some(1),
                max_length: Some(20),
            }),
        },
        ::forma_core::schema::Property {
            name: "CountryCode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Z]{2}$"),
                min_length: Some(2),
                max_length: Some(2),
            }),
        },
        ::forma_core::schema::Property {
            name: "DistrictOrCounty",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\S[\\S ]*$"),
                min_length: Some(1),
                max_length: Some(60),
            }),
        },
        ::forma_core::schema::Property {
            name: "Municipality",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\S[\\S ]*$"),
                min_length: Some(0),
                max_length: Some(180),
            }),
        },
        ::forma_core::schema::Property {
            name: "PostalCode",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9 -]+$"),
                min_length: Some(1),
                max_length: Some(20),
            }),
        },
        ::forma_core::schema::Property {
            name: "StateOrRegion",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\S[\\S ]*$"),
                min_length: Some(1),
                max_length: Some(50),
            }),
        },
    ],
    rules: &[],
};

static RACK_PHYSICAL_PROPERTIES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Outposts::Site.RackPhysicalProperties",
    properties: &[
        ::forma_core::schema::Property {
            name: "FiberOpticCableType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SINGLE_MODE", "MULTI_MODE"]),
        },
        ::forma_core::schema::Property {
            name: "MaximumSupportedWeightLbs",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "NO_LIMIT",
                "MAX_1400_LBS",
                "MAX_1600_LBS",
                "MAX_1800_LBS",
                "MAX_2000_LBS",
            ]),
        },
        ::forma_core::schema::Property {
            name: "OpticalStandard",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "OPTIC_10GBASE_SR",
                "OPTIC_10GBASE_IR",
                "OPTIC_10GBASE_LR",
                "OPTIC_40GBASE_SR",
                "OPTIC_40GBASE_ESR",
                "OPTIC_40GBASE_IR4_LR4L",
                "OPTIC_40GBASE_LR4",
                "OPTIC_100GBASE_SR4",
                "OPTIC_100GBASE_CWDM4",
                "OPTIC_100GBASE_LR4",
                "OPTIC_100G_PSM4_MSA",
                "OPTIC_1000BASE_LX",
                "OPTIC_1000BASE_SX",
            ]),
        },
        ::forma_core::schema::Property {
            name: "PowerConnector",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["L6_30P", "IEC309", "AH530P7W", "AH532P6W", "CS8365C"]),
        },
        ::forma_core::schema::Property {
            name: "PowerDrawKva",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["POWER_5_KVA", "POWER_10_KVA", "POWER_15_KVA", "POWER_30_KVA"]),
        },
        ::forma_core::schema::Property {
            name: "PowerFeedDrop",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ABOVE_RACK", "BELOW_RACK"]),
        },
        ::forma_core::schema::Property {
            name: "PowerPhase",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SINGLE_PHASE", "THREE_PHASE"]),
        },
        ::forma_core::schema::Property {
            name: "UplinkCount",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "UPLINK_COUNT_1",
                "UPLINK_COUNT_2",
                "UPLINK_COUNT_3",
                "UPLINK_COUNT_4",
                "UPLINK_COUNT_5",
                "UPLINK_COUNT_6",
                "UPLINK_COUNT_7",
                "UPLINK_COUNT_8",
                "UPLINK_COUNT_12",
                "UPLINK_COUNT_16",
            ]),
        },
        ::forma_core::schema::Property {
            name: "UplinkGbps",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["UPLINK_1G", "UPLINK_10G", "UPLINK_40G", "UPLINK_100G"]),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Outposts::Site.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!aws:)[a-zA-Z+-=._:/]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\S \\n]+$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
