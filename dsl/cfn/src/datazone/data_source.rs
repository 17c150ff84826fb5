// @generated from AWS::DataZone::DataSource (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::DataZone::DataSource` and its property types.

/// A data source is used to import technical metadata of assets (data) from the source databases or data warehouses into Amazon DataZone.
///
/// CloudFormation type `AWS::DataZone::DataSource`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataSource {
    props: ::forma_core::schema::Props,
}
impl DataSource {
    /// A new resource with its required properties: `DomainIdentifier`, `Name`, `ProjectIdentifier`, `Type`.
    #[track_caller]
    pub fn new(
        domain_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        project_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        type_: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(4, domain_identifier.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(7, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(8, project_identifier.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(12, type_.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The metadata forms that are to be attached to the assets that this data source works with.
    #[track_caller]
    pub fn asset_forms_input(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<FormInput>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configuration of the data source.
    #[track_caller]
    pub fn configuration(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The unique identifier of a connection used to fetch relevant parameters from connection during Datasource run
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn connection_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The description of the data source.
    ///
    /// Allowed: length 0 to 2048.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies whether the data source is enabled.
    #[track_caller]
    pub fn enable_setting(mut self, value: impl ::forma_core::schema::EnumArg<EnableSetting>) -> Self {
        self.props.set_at(5, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The unique identifier of the Amazon DataZone environment to which the data source publishes assets.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn environment_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies whether the assets that this data source creates in the inventory are to be also automatically published to the catalog.
    #[track_caller]
    pub fn publish_on_import(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies whether the business name generation is to be enabled for this data source.
    #[track_caller]
    pub fn recommendation(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<RecommendationConfiguration>>,
    ) -> Self {
        self.props.set_at(10, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The schedule of the data source runs.
    #[track_caller]
    pub fn schedule(mut self, value: impl ::std::convert::Into<::forma_core::Value<ScheduleConfiguration>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for DataSource {
    type Attributes = DataSourceAttributes;
    fn type_name(&self) -> &str {
        "AWS::DataZone::DataSource"
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
/// The attributes of a `AWS::DataZone::DataSource` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DataSourceAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DataSourceAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DataSourceAttributes {
    /// `Fn::GetAtt` `ConnectionId`.
    pub fn connection_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ConnectionId")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `DomainId`.
    pub fn domain_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DomainId")
    }
    /// `Fn::GetAtt` `EnvironmentId`.
    pub fn environment_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EnvironmentId")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `LastRunAssetCount`.
    pub fn last_run_asset_count(&self) -> ::forma_core::Value<f64> {
        ::forma_core::schema::get_att(&self.node, "LastRunAssetCount")
    }
    /// `Fn::GetAtt` `LastRunAt`.
    pub fn last_run_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastRunAt")
    }
    /// `Fn::GetAtt` `LastRunStatus`.
    pub fn last_run_status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastRunStatus")
    }
    /// `Fn::GetAtt` `ProjectId`.
    pub fn project_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ProjectId")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EnableSetting {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl EnableSetting {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<EnableSetting> for ::forma_core::Value<EnableSetting> {
    fn from(v: EnableSetting) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for EnableSetting {}

/// The details of a metadata form.
#[derive(Debug, Clone, PartialEq)]
pub struct FormInput {
    props: ::forma_core::schema::Props,
}
impl FormInput {
    /// A new value with its required properties: `FormName`.
    pub fn new(form_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, form_name.into().into_expr());
        Self { props }
    }
    /// The content of the metadata form.
    ///
    /// Allowed: length 0 to 75000.
    pub fn content(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The ID of the metadata form type.
    ///
    /// Allowed: length 1 to 385.
    pub fn type_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The revision of the metadata form type.
    ///
    /// Allowed: length 1 to 64.
    pub fn type_revision(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<FormInput> for ::forma_core::Value<FormInput> {
    fn from(v: FormInput) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FORM_INPUT_TYPE.properties))
    }
}

/// The recommendation to be updated as part of the UpdateDataSource action.
#[derive(Debug, Clone, PartialEq)]
pub struct RecommendationConfiguration {
    props: ::forma_core::schema::Props,
}
impl RecommendationConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Specifies whether automatic business name generation is to be enabled or not as part of the recommendation configuration.
    pub fn enable_business_name_generation(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<bool>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RecommendationConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RecommendationConfiguration> for ::forma_core::Value<RecommendationConfiguration> {
    fn from(v: RecommendationConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RECOMMENDATION_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `AFRICA_JOHANNESBURG`, `AMERICA_MONTREAL`, `AMERICA_SAO_PAULO`, `ASIA_BAHRAIN`, `ASIA_BANGKOK`, `ASIA_CALCUTTA`, `ASIA_DUBAI`, `ASIA_HONG_KONG`, `ASIA_JAKARTA`, `ASIA_KUALA_LUMPUR`, `ASIA_SEOUL`, `ASIA_SHANGHAI`, ....
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Timezone {
    /// `AFRICA_JOHANNESBURG`
    AfricaJohannesburg,
    /// `AMERICA_MONTREAL`
    AmericaMontreal,
    /// `AMERICA_SAO_PAULO`
    AmericaSaoPaulo,
    /// `ASIA_BAHRAIN`
    AsiaBahrain,
    /// `ASIA_BANGKOK`
    AsiaBangkok,
    /// `ASIA_CALCUTTA`
    AsiaCalcutta,
    /// `ASIA_DUBAI`
    AsiaDubai,
    /// `ASIA_HONG_KONG`
    AsiaHongKong,
    /// `ASIA_JAKARTA`
    AsiaJakarta,
    /// `ASIA_KUALA_LUMPUR`
    AsiaKualaLumpur,
    /// `ASIA_SEOUL`
    AsiaSeoul,
    /// `ASIA_SHANGHAI`
    AsiaShanghai,
    /// `ASIA_SINGAPORE`
    AsiaSingapore,
    /// `ASIA_TAIPEI`
    AsiaTaipei,
    /// `ASIA_TOKYO`
    AsiaTokyo,
    /// `AUSTRALIA_MELBOURNE`
    AustraliaMelbourne,
    /// `AUSTRALIA_SYDNEY`
    AustraliaSydney,
    /// `CANADA_CENTRAL`
    CanadaCentral,
    /// `CET`
    Cet,
    /// `CST6CDT`
    Cst6Cdt,
    /// `ETC_GMT`
    EtcGmt,
    /// `ETC_GMT0`
    EtcGmt0,
    /// `ETC_GMT_ADD_0`
    EtcGmtAdd0,
    /// `ETC_GMT_ADD_1`
    EtcGmtAdd1,
    /// `ETC_GMT_ADD_10`
    EtcGmtAdd10,
    /// `ETC_GMT_ADD_11`
    EtcGmtAdd11,
    /// `ETC_GMT_ADD_12`
    EtcGmtAdd12,
    /// `ETC_GMT_ADD_2`
    EtcGmtAdd2,
    /// `ETC_GMT_ADD_3`
    EtcGmtAdd3,
    /// `ETC_GMT_ADD_4`
    EtcGmtAdd4,
    /// `ETC_GMT_ADD_5`
    EtcGmtAdd5,
    /// `ETC_GMT_ADD_6`
    EtcGmtAdd6,
    /// `ETC_GMT_ADD_7`
    EtcGmtAdd7,
    /// `ETC_GMT_ADD_8`
    EtcGmtAdd8,
    /// `ETC_GMT_ADD_9`
    EtcGmtAdd9,
    /// `ETC_GMT_NEG_0`
    EtcGmtNeg0,
    /// `ETC_GMT_NEG_1`
    EtcGmtNeg1,
    /// `ETC_GMT_NEG_10`
    EtcGmtNeg10,
    /// `ETC_GMT_NEG_11`
    EtcGmtNeg11,
    /// `ETC_GMT_NEG_12`
    EtcGmtNeg12,
    /// `ETC_GMT_NEG_13`
    EtcGmtNeg13,
    /// `ETC_GMT_NEG_14`
    EtcGmtNeg14,
    /// `ETC_GMT_NEG_2`
    EtcGmtNeg2,
    /// `ETC_GMT_NEG_3`
    EtcGmtNeg3,
    /// `ETC_GMT_NEG_4`
    EtcGmtNeg4,
    /// `ETC_GMT_NEG_5`
    EtcGmtNeg5,
    /// `ETC_GMT_NEG_6`
    EtcGmtNeg6,
    /// `ETC_GMT_NEG_7`
    EtcGmtNeg7,
    /// `ETC_GMT_NEG_8`
    EtcGmtNeg8,
    /// `ETC_GMT_NEG_9`
    EtcGmtNeg9,
    /// `EUROPE_DUBLIN`
    EuropeDublin,
    /// `EUROPE_LONDON`
    EuropeLondon,
    /// `EUROPE_PARIS`
    EuropeParis,
    /// `EUROPE_STOCKHOLM`
    EuropeStockholm,
    /// `EUROPE_ZURICH`
    EuropeZurich,
    /// `ISRAEL`
    Israel,
    /// `MEXICO_GENERAL`
    MexicoGeneral,
    /// `MST7MDT`
    Mst7Mdt,
    /// `PACIFIC_AUCKLAND`
    PacificAuckland,
    /// `US_CENTRAL`
    UsCentral,
    /// `US_EASTERN`
    UsEastern,
    /// `US_MOUNTAIN`
    UsMountain,
    /// `US_PACIFIC`
    UsPacific,
    /// `UTC`
    Utc,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Timezone {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AfricaJohannesburg => "AFRICA_JOHANNESBURG",
            Self::AmericaMontreal => "AMERICA_MONTREAL",
            Self::AmericaSaoPaulo => "AMERICA_SAO_PAULO",
            Self::AsiaBahrain => "ASIA_BAHRAIN",
            Self::AsiaBangkok => "ASIA_BANGKOK",
            Self::AsiaCalcutta => "ASIA_CALCUTTA",
            Self::AsiaDubai => "ASIA_DUBAI",
            Self::AsiaHongKong => "ASIA_HONG_KONG",
            Self::AsiaJakarta => "ASIA_JAKARTA",
            Self::AsiaKualaLumpur => "ASIA_KUALA_LUMPUR",
            Self::AsiaSeoul => "ASIA_SEOUL",
            Self::AsiaShanghai => "ASIA_SHANGHAI",
            Self::AsiaSingapore => "ASIA_SINGAPORE",
            Self::AsiaTaipei => "ASIA_TAIPEI",
            Self::AsiaTokyo => "ASIA_TOKYO",
            Self::AustraliaMelbourne => "AUSTRALIA_MELBOURNE",
            Self::AustraliaSydney => "AUSTRALIA_SYDNEY",
            Self::CanadaCentral => "CANADA_CENTRAL",
            Self::Cet => "CET",
            Self::Cst6Cdt => "CST6CDT",
            Self::EtcGmt => "ETC_GMT",
            Self::EtcGmt0 => "ETC_GMT0",
            Self::EtcGmtAdd0 => "ETC_GMT_ADD_0",
            Self::EtcGmtAdd1 => "ETC_GMT_ADD_1",
            Self::EtcGmtAdd10 => "ETC_GMT_ADD_10",
            Self::EtcGmtAdd11 => "ETC_GMT_ADD_11",
            Self::EtcGmtAdd12 => "ETC_GMT_ADD_12",
            Self::EtcGmtAdd2 => "ETC_GMT_ADD_2",
            Self::EtcGmtAdd3 => "ETC_GMT_ADD_3",
            Self::EtcGmtAdd4 => "ETC_GMT_ADD_4",
            Self::EtcGmtAdd5 => "ETC_GMT_ADD_5",
            Self::EtcGmtAdd6 => "ETC_GMT_ADD_6",
            Self::EtcGmtAdd7 => "ETC_GMT_ADD_7",
            Self::EtcGmtAdd8 => "ETC_GMT_ADD_8",
            Self::EtcGmtAdd9 => "ETC_GMT_ADD_9",
            Self::EtcGmtNeg0 => "ETC_GMT_NEG_0",
            Self::EtcGmtNeg1 => "ETC_GMT_NEG_1",
            Self::EtcGmtNeg10 => "ETC_GMT_NEG_10",
            Self::EtcGmtNeg11 => "ETC_GMT_NEG_11",
            Self::EtcGmtNeg12 => "ETC_GMT_NEG_12",
            Self::EtcGmtNeg13 => "ETC_GMT_NEG_13",
            Self::EtcGmtNeg14 => "ETC_GMT_NEG_14",
            Self::EtcGmtNeg2 => "ETC_GMT_NEG_2",
            Self::EtcGmtNeg3 => "ETC_GMT_NEG_3",
            Self::EtcGmtNeg4 => "ETC_GMT_NEG_4",
            Self::EtcGmtNeg5 => "ETC_GMT_NEG_5",
            Self::EtcGmtNeg6 => "ETC_GMT_NEG_6",
            Self::EtcGmtNeg7 => "ETC_GMT_NEG_7",
            Self::EtcGmtNeg8 => "ETC_GMT_NEG_8",
            Self::EtcGmtNeg9 => "ETC_GMT_NEG_9",
            Self::EuropeDublin => "EUROPE_DUBLIN",
            Self::EuropeLondon => "EUROPE_LONDON",
            Self::EuropeParis => "EUROPE_PARIS",
            Self::EuropeStockholm => "EUROPE_STOCKHOLM",
            Self::EuropeZurich => "EUROPE_ZURICH",
            Self::Israel => "ISRAEL",
            Self::MexicoGeneral => "MEXICO_GENERAL",
            Self::Mst7Mdt => "MST7MDT",
            Self::PacificAuckland => "PACIFIC_AUCKLAND",
            Self::UsCentral => "US_CENTRAL",
            Self::UsEastern => "US_EASTERN",
            Self::UsMountain => "US_MOUNTAIN",
            Self::UsPacific => "US_PACIFIC",
            Self::Utc => "UTC",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "AFRICA_JOHANNESBURG",
            "AMERICA_MONTREAL",
            "AMERICA_SAO_PAULO",
            "ASIA_BAHRAIN",
            "ASIA_BANGKOK",
            "ASIA_CALCUTTA",
            "ASIA_DUBAI",
            "ASIA_HONG_KONG",
            "ASIA_JAKARTA",
            "ASIA_KUALA_LUMPUR",
            "ASIA_SEOUL",
            "ASIA_SHANGHAI",
            "ASIA_SINGAPORE",
            "ASIA_TAIPEI",
            "ASIA_TOKYO",
            "AUSTRALIA_MELBOURNE",
            "AUSTRALIA_SYDNEY",
            "CANADA_CENTRAL",
            "CET",
            "CST6CDT",
            "ETC_GMT",
            "ETC_GMT0",
            "ETC_GMT_ADD_0",
            "ETC_GMT_ADD_1",
            "ETC_GMT_ADD_10",
            "ETC_GMT_ADD_11",
            "ETC_GMT_ADD_12",
            "ETC_GMT_ADD_2",
            "ETC_GMT_ADD_3",
            "ETC_GMT_ADD_4",
            "ETC_GMT_ADD_5",
            "ETC_GMT_ADD_6",
            "ETC_GMT_ADD_7",
            "ETC_GMT_ADD_8",
            "ETC_GMT_ADD_9",
            "ETC_GMT_NEG_0",
            "ETC_GMT_NEG_1",
            "ETC_GMT_NEG_10",
            "ETC_GMT_NEG_11",
            "ETC_GMT_NEG_12",
            "ETC_GMT_NEG_13",
            "ETC_GMT_NEG_14",
            "ETC_GMT_NEG_2",
            "ETC_GMT_NEG_3",
            "ETC_GMT_NEG_4",
            "ETC_GMT_NEG_5",
            "ETC_GMT_NEG_6",
            "ETC_GMT_NEG_7",
            "ETC_GMT_NEG_8",
            "ETC_GMT_NEG_9",
            "EUROPE_DUBLIN",
            "EUROPE_LONDON",
            "EUROPE_PARIS",
            "EUROPE_STOCKHOLM",
            "EUROPE_ZURICH",
            "ISRAEL",
            "MEXICO_GENERAL",
            "MST7MDT",
            "PACIFIC_AUCKLAND",
            "US_CENTRAL",
            "US_EASTERN",
            "US_MOUNTAIN",
            "US_PACIFIC",
            "UTC",
        ]
    }
}
impl ::std::convert::From<Timezone> for ::forma_core::Value<Timezone> {
    fn from(v: Timezone) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Timezone {}

/// The schedule of the data source runs.
#[derive(Debug, Clone, PartialEq)]
pub struct ScheduleConfiguration {
    props: ::forma_core::schema::Props,
}
impl ScheduleConfiguration {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The schedule of the data source runs.
    ///
    /// Allowed: length 1 to 256.
    pub fn schedule(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The timezone of the data source run.
    pub fn timezone(mut self, value: impl ::forma_core::schema::EnumArg<Timezone>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
}
impl ::std::default::Default for ScheduleConfiguration {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ScheduleConfiguration> for ::forma_core::Value<ScheduleConfiguration> {
    fn from(v: ScheduleConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SCHEDULE_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::DataZone::DataSource`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::DataZone::DataSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "AssetFormsInput",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&FORM_INPUT_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Configuration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "ConnectionIdentifier",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "DomainIdentifier",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^dzd[-_][a-zA-Z0-9_-]{1,36}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "EnableSetting",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "EnvironmentIdentifier",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "ProjectIdentifier",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PublishOnImport",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Recommendation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RECOMMENDATION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Schedule",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SCHEDULE_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
    attributes: &[
        "ConnectionId",
        "CreatedAt",
        "DomainId",
        "EnvironmentId",
        "Id",
        "LastRunAssetCount",
        "LastRunAt",
        "LastRunStatus",
        "ProjectId",
        "Status",
        "UpdatedAt",
    ],
};

static FORM_INPUT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataZone::DataSource.FormInput",
    properties: &[
        ::forma_core::schema::Property {
            name: "Content",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(75000),
            }),
        },
        ::forma_core::schema::Property {
            name: "FormName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?![0-9_])\\w+$|^_\\w*[a-zA-Z0-9]\\w*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "TypeIdentifier",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!\\.)[\\w\\.]*\\w$"),
                min_length: Some(1),
                max_length: Some(385),
            }),
        },
        ::forma_core::schema::Property {
            name: "TypeRevision",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_-]+$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
    ],
    rules: &[],
};

static RECOMMENDATION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DataZone::DataSource.RecommendationConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "EnableBusinessNameGeneration",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static SCHEDULE_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::DataZone::DataSource.ScheduleConfiguration",
properties: &[
::forma_core::schema::Property { name: "Schedule", required: false, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("cron\\((\\b[0-5]?[0-9]\\b) (\\b2[0-3]\\b|\\b[0-1]?[0-9]\\b) (.*){1,5} (.*){1,5} (.*){1,5} (.*){1,5}\\)"), min_length: Some(1), max_length: Some(256) }) },
::forma_core::schema::Property { name: "Timezone", required: false, create_only: false, shape: ::forma_core::schema::Shape::Enum(&["AFRICA_JOHANNESBURG", "AMERICA_MONTREAL", "AMERICA_SAO_PAULO", "ASIA_BAHRAIN", "ASIA_BANGKOK", "ASIA_CALCUTTA", "ASIA_DUBAI", "ASIA_HONG_KONG", "ASIA_JAKARTA", "ASIA_KUALA_LUMPUR", "ASIA_SEOUL", "ASIA_SHANGHAI", "ASIA_SINGAPORE", "ASIA_TAIPEI", "ASIA_TOKYO", "AUSTRALIA_MELBOURNE", "AUSTRALIA_SYDNEY", "CANADA_CENTRAL", "CET", "CST6CDT", "ETC_GMT", "ETC_GMT0", "ETC_GMT_ADD_0", "ETC_GMT_ADD_1", "ETC_GMT_ADD_10", "ETC_GMT_ADD_11", "ETC_GMT_ADD_12", "ETC_GMT_ADD_2", "ETC_GMT_ADD_3", "ETC_GMT_ADD_4", "ETC_GMT_ADD_5", "ETC_GMT_ADD_6", "ETC_GMT_ADD_7", "ETC_GMT_ADD_8", "ETC_GMT_ADD_9", "ETC_GMT_NEG_0", "ETC_GMT_NEG_1", "ETC_GMT_NEG_10", "ETC_GMT_NEG_11", "ETC_GMT_NEG_12", "ETC_GMT_NEG_13", "ETC_GMT_NEG_14", "ETC_GMT_NEG_2", "ETC_GMT_NEG_3", "ETC_GMT_NEG_4", "ETC_GMT_NEG_5", "ETC_GMT_NEG_6", "ETC_GMT_NEG_7", "ETC_GMT_NEG_8", "ETC_GMT_NEG_9", "EUROPE_DUBLIN", "EUROPE_LONDON", "EUROPE_PARIS", "EUROPE_STOCKHOLM", "EUROPE_ZURICH", "ISRAEL", "MEXICO_GENERAL", "MST7MDT", "PACIFIC_AUCKLAND", "US_CENTRAL", "US_EASTERN", "US_MOUNTAIN", "US_PACIFIC", "UTC"]) },
],
rules: &[],
};
