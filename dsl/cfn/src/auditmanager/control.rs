// @generated from AWS::AuditManager::Control (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AuditManager::Control` and its property types.

/// An AWS Audit Manager Control resource for creating custom controls
///
/// CloudFormation type `AWS::AuditManager::Control`.
#[derive(Debug, Clone, PartialEq)]
pub struct Control {
    props: ::forma_core::schema::Props,
}
impl Control {
    /// A new resource with its required properties: `ControlMappingSources`, `Name`.
    #[track_caller]
    pub fn new(
        control_mapping_sources: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ControlMappingSource>>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(2, control_mapping_sources.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The recommended actions to carry out if the control isn't fulfilled.
    #[track_caller]
    pub fn action_plan_instructions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The title of the action plan for remediating the control.
    #[track_caller]
    pub fn action_plan_title(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The description of the control.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags associated with the control.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The steps to follow to determine if the control is satisfied.
    #[track_caller]
    pub fn testing_information(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Control {
    type Attributes = ControlAttributes;
    fn type_name(&self) -> &str {
        "AWS::AuditManager::Control"
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
/// The attributes of a `AWS::AuditManager::Control` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ControlAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ControlAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ControlAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
    /// `Fn::GetAtt` `Type`.
    pub fn type_(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Type")
    }
    /// `Fn::GetAtt` `ControlSources`.
    pub fn control_sources(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ControlSources")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `LastUpdatedAt`.
    pub fn last_updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastUpdatedAt")
    }
    /// `Fn::GetAtt` `CreatedBy`.
    pub fn created_by(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedBy")
    }
    /// `Fn::GetAtt` `LastUpdatedBy`.
    pub fn last_updated_by(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastUpdatedBy")
    }
    /// `Fn::GetAtt` `ControlMappingSources.*.SourceId`.
    pub fn control_mapping_sources_source_id(&self) -> ::forma_core::Value<::forma_core::Json> {
        ::forma_core::schema::get_att(&self.node, "ControlMappingSources.*.SourceId")
    }
}

/// The values CloudFormation documents: `DAILY`, `WEEKLY`, `MONTHLY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SourceFrequency {
    /// `DAILY`
    Daily,
    /// `WEEKLY`
    Weekly,
    /// `MONTHLY`
    Monthly,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SourceFrequency {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Daily => "DAILY",
            Self::Weekly => "WEEKLY",
            Self::Monthly => "MONTHLY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DAILY", "WEEKLY", "MONTHLY"]
    }
}
impl ::std::convert::From<SourceFrequency> for ::forma_core::Value<SourceFrequency> {
    fn from(v: SourceFrequency) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SourceFrequency {}

/// The values CloudFormation documents: `System_Controls_Mapping`, `Procedural_Controls_Mapping`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SourceSetUpOption {
    /// `System_Controls_Mapping`
    SystemControlsMapping,
    /// `Procedural_Controls_Mapping`
    ProceduralControlsMapping,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SourceSetUpOption {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SystemControlsMapping => "System_Controls_Mapping",
            Self::ProceduralControlsMapping => "Procedural_Controls_Mapping",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["System_Controls_Mapping", "Procedural_Controls_Mapping"]
    }
}
impl ::std::convert::From<SourceSetUpOption> for ::forma_core::Value<SourceSetUpOption> {
    fn from(v: SourceSetUpOption) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SourceSetUpOption {}

/// The values CloudFormation documents: `AWS_Cloudtrail`, `AWS_Config`, `AWS_Security_Hub`, `AWS_API_Call`, `MANUAL`, `Common_Control`, `Core_Control`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SourceType {
    /// `AWS_Cloudtrail`
    AwsCloudtrail,
    /// `AWS_Config`
    AwsConfig,
    /// `AWS_Security_Hub`
    AwsSecurityHub,
    /// `AWS_API_Call`
    AwsApiCall,
    /// `MANUAL`
    Manual,
    /// `Common_Control`
    CommonControl,
    /// `Core_Control`
    CoreControl,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl SourceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AwsCloudtrail => "AWS_Cloudtrail",
            Self::AwsConfig => "AWS_Config",
            Self::AwsSecurityHub => "AWS_Security_Hub",
            Self::AwsApiCall => "AWS_API_Call",
            Self::Manual => "MANUAL",
            Self::CommonControl => "Common_Control",
            Self::CoreControl => "Core_Control",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &[
            "AWS_Cloudtrail",
            "AWS_Config",
            "AWS_Security_Hub",
            "AWS_API_Call",
            "MANUAL",
            "Common_Control",
            "Core_Control",
        ]
    }
}
impl ::std::convert::From<SourceType> for ::forma_core::Value<SourceType> {
    fn from(v: SourceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for SourceType {}

/// The `ControlMappingSource` property type of `AWS::AuditManager::Control`.
#[derive(Debug, Clone, PartialEq)]
pub struct ControlMappingSource {
    props: ::forma_core::schema::Props,
}
impl ControlMappingSource {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `SourceDescription`.
    pub fn source_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SourceFrequency`.
    pub fn source_frequency(mut self, value: impl ::forma_core::schema::EnumArg<SourceFrequency>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// `SourceId`.
    pub fn source_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `SourceKeyword`.
    pub fn source_keyword(mut self, value: impl ::std::convert::Into<::forma_core::Value<SourceKeyword>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `SourceName`.
    pub fn source_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `SourceSetUpOption`.
    pub fn source_set_up_option(mut self, value: impl ::forma_core::schema::EnumArg<SourceSetUpOption>) -> Self {
        self.props.set(5, value.into_enum_expr());
        self
    }
    /// `SourceType`.
    pub fn source_type(mut self, value: impl ::forma_core::schema::EnumArg<SourceType>) -> Self {
        self.props.set(6, value.into_enum_expr());
        self
    }
    /// `TroubleshootingText`.
    pub fn troubleshooting_text(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ControlMappingSource {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ControlMappingSource> for ::forma_core::Value<ControlMappingSource> {
    fn from(v: ControlMappingSource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONTROL_MAPPING_SOURCE_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
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

/// The values CloudFormation documents: `SELECT_FROM_LIST`, `UPLOAD_FILE`, `INPUT_TEXT`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KeywordInputType {
    /// `SELECT_FROM_LIST`
    SelectFromList,
    /// `UPLOAD_FILE`
    UploadFile,
    /// `INPUT_TEXT`
    InputText,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl KeywordInputType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SelectFromList => "SELECT_FROM_LIST",
            Self::UploadFile => "UPLOAD_FILE",
            Self::InputText => "INPUT_TEXT",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SELECT_FROM_LIST", "UPLOAD_FILE", "INPUT_TEXT"]
    }
}
impl ::std::convert::From<KeywordInputType> for ::forma_core::Value<KeywordInputType> {
    fn from(v: KeywordInputType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for KeywordInputType {}

/// The `SourceKeyword` property type of `AWS::AuditManager::Control`.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceKeyword {
    props: ::forma_core::schema::Props,
}
impl SourceKeyword {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `KeywordInputType`.
    pub fn keyword_input_type(mut self, value: impl ::forma_core::schema::EnumArg<KeywordInputType>) -> Self {
        self.props.set(0, value.into_enum_expr());
        self
    }
    /// `KeywordValue`.
    pub fn keyword_value(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SourceKeyword {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SourceKeyword> for ::forma_core::Value<SourceKeyword> {
    fn from(v: SourceKeyword) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SOURCE_KEYWORD_TYPE.properties))
    }
}

/// The schema of `AWS::AuditManager::Control`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AuditManager::Control",
    properties: &[
        ::forma_core::schema::Property {
            name: "ActionPlanInstructions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ActionPlanTitle",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ControlMappingSources",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CONTROL_MAPPING_SOURCE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
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
        ::forma_core::schema::Property {
            name: "TestingInformation",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &[
        "Arn",
        "Id",
        "Type",
        "ControlSources",
        "CreatedAt",
        "LastUpdatedAt",
        "CreatedBy",
        "LastUpdatedBy",
        "ControlMappingSources.*.SourceId",
    ],
};

static CONTROL_MAPPING_SOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AuditManager::Control.ControlMappingSource",
    properties: &[
        ::forma_core::schema::Property {
            name: "SourceDescription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SourceFrequency",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["DAILY", "WEEKLY", "MONTHLY"]),
        },
        ::forma_core::schema::Property {
            name: "SourceId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SourceKeyword",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SOURCE_KEYWORD_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SourceName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SourceSetUpOption",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["System_Controls_Mapping", "Procedural_Controls_Mapping"]),
        },
        ::forma_core::schema::Property {
            name: "SourceType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "AWS_Cloudtrail",
                "AWS_Config",
                "AWS_Security_Hub",
                "AWS_API_Call",
                "MANUAL",
                "Common_Control",
                "Core_Control",
            ]),
        },
        ::forma_core::schema::Property {
            name: "TroubleshootingText",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AuditManager::Control.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static SOURCE_KEYWORD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AuditManager::Control.SourceKeyword",
    properties: &[
        ::forma_core::schema::Property {
            name: "KeywordInputType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["SELECT_FROM_LIST", "UPLOAD_FILE", "INPUT_TEXT"]),
        },
        ::forma_core::schema::Property {
            name: "KeywordValue",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
