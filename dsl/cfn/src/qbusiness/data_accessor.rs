// @generated from AWS::QBusiness::DataAccessor (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::QBusiness::DataAccessor` and its property types.

/// Definition of AWS::QBusiness::DataAccessor Resource Type
///
/// CloudFormation type `AWS::QBusiness::DataAccessor`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataAccessor {
    props: ::forma_core::schema::Props,
}
impl DataAccessor {
    /// A new resource with its required properties: `ActionConfigurations`, `ApplicationId`, `DisplayName`, `Principal`.
    #[track_caller]
    pub fn new(
        action_configurations: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ActionConfiguration>>>,
        application_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        display_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        principal: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, action_configurations.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, application_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, display_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, principal.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `AuthenticationDetail`.
    #[track_caller]
    pub fn authentication_detail(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DataAccessorAuthenticationDetail>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for DataAccessor {
    type Attributes = DataAccessorAttributes;
    fn type_name(&self) -> &str {
        "AWS::QBusiness::DataAccessor"
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
/// The attributes of a `AWS::QBusiness::DataAccessor` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DataAccessorAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DataAccessorAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DataAccessorAttributes {
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `DataAccessorArn`.
    pub fn data_accessor_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DataAccessorArn")
    }
    /// `Fn::GetAtt` `DataAccessorId`.
    pub fn data_accessor_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DataAccessorId")
    }
    /// `Fn::GetAtt` `IdcApplicationArn`.
    pub fn idc_application_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "IdcApplicationArn")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
}

/// The `ActionConfiguration` property type of `AWS::QBusiness::DataAccessor`.
#[derive(Debug, Clone, PartialEq)]
pub struct ActionConfiguration {
    props: ::forma_core::schema::Props,
}
impl ActionConfiguration {
    /// A new value with its required properties: `Action`.
    pub fn new(action: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, action.into().into_expr());
        Self { props }
    }
    /// `FilterConfiguration`.
    pub fn filter_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ActionFilterConfiguration>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ActionConfiguration> for ::forma_core::Value<ActionConfiguration> {
    fn from(v: ActionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACTION_CONFIGURATION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `AWS_IAM_IDC_TTI`, `AWS_IAM_IDC_AUTH_CODE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DataAccessorAuthenticationType {
    /// `AWS_IAM_IDC_TTI`
    AwsIamIdcTti,
    /// `AWS_IAM_IDC_AUTH_CODE`
    AwsIamIdcAuthCode,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DataAccessorAuthenticationType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AwsIamIdcTti => "AWS_IAM_IDC_TTI",
            Self::AwsIamIdcAuthCode => "AWS_IAM_IDC_AUTH_CODE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["AWS_IAM_IDC_TTI", "AWS_IAM_IDC_AUTH_CODE"]
    }
}
impl ::std::convert::From<DataAccessorAuthenticationType> for ::forma_core::Value<DataAccessorAuthenticationType> {
    fn from(v: DataAccessorAuthenticationType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DataAccessorAuthenticationType {}

/// The `DataAccessorAuthenticationDetail` property type of `AWS::QBusiness::DataAccessor`.
#[derive(Debug, Clone, PartialEq)]
pub struct DataAccessorAuthenticationDetail {
    props: ::forma_core::schema::Props,
}
impl DataAccessorAuthenticationDetail {
    /// A new value with its required properties: `AuthenticationType`.
    pub fn new(authentication_type: impl ::forma_core::schema::EnumArg<DataAccessorAuthenticationType>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, authentication_type.into_enum_expr());
        Self { props }
    }
    /// `AuthenticationConfiguration`.
    pub fn authentication_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ExternalIds`.
    pub fn external_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<DataAccessorAuthenticationDetail> for ::forma_core::Value<DataAccessorAuthenticationDetail> {
    fn from(v: DataAccessorAuthenticationDetail) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_ACCESSOR_AUTHENTICATION_DETAIL_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::QBusiness::DataAccessor`.
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

/// The `ActionFilterConfiguration` property type of `AWS::QBusiness::DataAccessor`.
#[derive(Debug, Clone, PartialEq)]
pub struct ActionFilterConfiguration {
    props: ::forma_core::schema::Props,
}
impl ActionFilterConfiguration {
    /// A new value with its required properties: `DocumentAttributeFilter`.
    pub fn new(document_attribute_filter: impl ::std::convert::Into<::forma_core::Value<AttributeFilter>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, document_attribute_filter.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ActionFilterConfiguration> for ::forma_core::Value<ActionFilterConfiguration> {
    fn from(v: ActionFilterConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACTION_FILTER_CONFIGURATION_TYPE.properties))
    }
}

/// The `AttributeFilter` property type of `AWS::QBusiness::DataAccessor`.
#[derive(Debug, Clone, PartialEq)]
pub struct AttributeFilter {
    props: ::forma_core::schema::Props,
}
impl AttributeFilter {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AndAllFilters`.
    pub fn and_all_filters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AttributeFilter>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `ContainsAll`.
    pub fn contains_all(mut self, value: impl ::std::convert::Into<::forma_core::Value<DocumentAttribute>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `ContainsAny`.
    pub fn contains_any(mut self, value: impl ::std::convert::Into<::forma_core::Value<DocumentAttribute>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `EqualsTo`.
    pub fn equals_to(mut self, value: impl ::std::convert::Into<::forma_core::Value<DocumentAttribute>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `GreaterThan`.
    pub fn greater_than(mut self, value: impl ::std::convert::Into<::forma_core::Value<DocumentAttribute>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `GreaterThanOrEquals`.
    pub fn greater_than_or_equals(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DocumentAttribute>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
    /// `LessThan`.
    pub fn less_than(mut self, value: impl ::std::convert::Into<::forma_core::Value<DocumentAttribute>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// `LessThanOrEquals`.
    pub fn less_than_or_equals(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DocumentAttribute>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// `NotFilter`.
    pub fn not_filter(mut self, value: impl ::std::convert::Into<::forma_core::Value<AttributeFilter>>) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// `OrAllFilters`.
    pub fn or_all_filters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AttributeFilter>>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for AttributeFilter {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<AttributeFilter> for ::forma_core::Value<AttributeFilter> {
    fn from(v: AttributeFilter) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ATTRIBUTE_FILTER_TYPE.properties))
    }
}

/// The `DocumentAttribute` property type of `AWS::QBusiness::DataAccessor`.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentAttribute {
    props: ::forma_core::schema::Props,
}
impl DocumentAttribute {
    /// A new value with its required properties: `Name`, `Value`.
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, name.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DocumentAttribute> for ::forma_core::Value<DocumentAttribute> {
    fn from(v: DocumentAttribute) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DOCUMENT_ATTRIBUTE_TYPE.properties))
    }
}

/// The schema of `AWS::QBusiness::DataAccessor`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::QBusiness::DataAccessor",
    properties: &[
        ::forma_core::schema::Property {
            name: "ActionConfigurations",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ACTION_CONFIGURATION_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "ApplicationId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9][a-zA-Z0-9-]{35}$"),
                min_length: Some(36),
                max_length: Some(36),
            }),
        },
        ::forma_core::schema::Property {
            name: "AuthenticationDetail",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DATA_ACCESSOR_AUTHENTICATION_DETAIL_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DisplayName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9][a-zA-Z0-9_-]*$"),
                min_length: Some(1),
                max_length: Some(100),
            }),
        },
        ::forma_core::schema::Property {
            name: "Principal",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^arn:aws:iam::[0-9]{12}:role/[a-zA-Z0-9_/+=,.@-]+$"),
                min_length: Some(1),
                max_length: Some(1284),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(200) },
            ),
        },
    ],
    rules: &[],
    attributes: &["CreatedAt", "DataAccessorArn", "DataAccessorId", "IdcApplicationArn", "UpdatedAt"],
};

static ACTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QBusiness::DataAccessor.ActionConfiguration",
    properties: &[
        ::forma_core::schema::Property {
            name: "Action",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^qbusiness:[a-zA-Z]+$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "FilterConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACTION_FILTER_CONFIGURATION_TYPE),
        },
    ],
    rules: &[],
};

static DATA_ACCESSOR_AUTHENTICATION_DETAIL_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::QBusiness::DataAccessor.DataAccessorAuthenticationDetail",
        properties: &[
            ::forma_core::schema::Property {
                name: "AuthenticationConfiguration",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Json,
            },
            ::forma_core::schema::Property {
                name: "AuthenticationType",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::Enum(&["AWS_IAM_IDC_TTI", "AWS_IAM_IDC_AUTH_CODE"]),
            },
            ::forma_core::schema::Property {
                name: "ExternalIds",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                        pattern: Some("^[a-zA-Z0-9][a-zA-Z0-9_-]*$"),
                        min_length: Some(1),
                        max_length: Some(1000),
                    }),
                    ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
                ),
            },
        ],
        rules: &[],
    };

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QBusiness::DataAccessor.Tag",
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

static ACTION_FILTER_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QBusiness::DataAccessor.ActionFilterConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "DocumentAttributeFilter",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&ATTRIBUTE_FILTER_TYPE),
    }],
    rules: &[],
};

static ATTRIBUTE_FILTER_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QBusiness::DataAccessor.AttributeFilter",
    properties: &[
        ::forma_core::schema::Property {
            name: "AndAllFilters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ATTRIBUTE_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ContainsAll",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DOCUMENT_ATTRIBUTE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "ContainsAny",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DOCUMENT_ATTRIBUTE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "EqualsTo",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DOCUMENT_ATTRIBUTE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "GreaterThan",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DOCUMENT_ATTRIBUTE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "GreaterThanOrEquals",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DOCUMENT_ATTRIBUTE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LessThan",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DOCUMENT_ATTRIBUTE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "LessThanOrEquals",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DOCUMENT_ATTRIBUTE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "NotFilter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ATTRIBUTE_FILTER_TYPE),
        },
        ::forma_core::schema::Property {
            name: "OrAllFilters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ATTRIBUTE_FILTER_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static DOCUMENT_ATTRIBUTE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QBusiness::DataAccessor.DocumentAttribute",
    properties: &[
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_][a-zA-Z0-9_-]*$"),
                min_length: Some(1),
                max_length: Some(200),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
};
