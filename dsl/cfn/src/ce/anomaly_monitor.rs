// @generated from AWS::CE::AnomalyMonitor (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CE::AnomalyMonitor` and its property types.

/// AWS Cost Anomaly Detection leverages advanced Machine Learning technologies to identify anomalous spend and root causes, so you can quickly take action.
///
/// CloudFormation type `AWS::CE::AnomalyMonitor`.
#[derive(Debug, Clone, PartialEq)]
pub struct AnomalyMonitor {
    props: ::forma_core::schema::Props,
}
impl AnomalyMonitor {
    /// A new resource with its required properties: `MonitorName`, `MonitorType`.
    #[track_caller]
    pub fn new(
        monitor_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        monitor_type: impl ::forma_core::schema::EnumArg<MonitorType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, monitor_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, monitor_type.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The dimensions to evaluate
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn monitor_dimension(mut self, value: impl ::forma_core::schema::EnumArg<MonitorDimension>) -> Self {
        self.props.set_at(0, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// `MonitorSpecification`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn monitor_specification(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Tags to assign to monitor.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn resource_tags(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ResourceTag>>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for AnomalyMonitor {
    type Attributes = AnomalyMonitorAttributes;
    fn type_name(&self) -> &str {
        "AWS::CE::AnomalyMonitor"
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
/// The attributes of a `AWS::CE::AnomalyMonitor` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AnomalyMonitorAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AnomalyMonitorAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AnomalyMonitorAttributes {
    /// `Fn::GetAtt` `MonitorArn`.
    pub fn monitor_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "MonitorArn")
    }
    /// `Fn::GetAtt` `CreationDate`.
    pub fn creation_date(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreationDate")
    }
    /// `Fn::GetAtt` `LastEvaluatedDate`.
    pub fn last_evaluated_date(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastEvaluatedDate")
    }
    /// `Fn::GetAtt` `LastUpdatedDate`.
    pub fn last_updated_date(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "LastUpdatedDate")
    }
    /// `Fn::GetAtt` `DimensionalValueCount`.
    pub fn dimensional_value_count(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "DimensionalValueCount")
    }
}

/// The values CloudFormation documents: `SERVICE`, `LINKED_ACCOUNT`, `TAG`, `COST_CATEGORY`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MonitorDimension {
    /// `SERVICE`
    Service,
    /// `LINKED_ACCOUNT`
    LinkedAccount,
    /// `TAG`
    Tag,
    /// `COST_CATEGORY`
    CostCategory,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MonitorDimension {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Service => "SERVICE",
            Self::LinkedAccount => "LINKED_ACCOUNT",
            Self::Tag => "TAG",
            Self::CostCategory => "COST_CATEGORY",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["SERVICE", "LINKED_ACCOUNT", "TAG", "COST_CATEGORY"]
    }
}
impl ::std::convert::From<MonitorDimension> for ::forma_core::Value<MonitorDimension> {
    fn from(v: MonitorDimension) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MonitorDimension {}

/// The values CloudFormation documents: `DIMENSIONAL`, `CUSTOM`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MonitorType {
    /// `DIMENSIONAL`
    Dimensional,
    /// `CUSTOM`
    Custom,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl MonitorType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Dimensional => "DIMENSIONAL",
            Self::Custom => "CUSTOM",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["DIMENSIONAL", "CUSTOM"]
    }
}
impl ::std::convert::From<MonitorType> for ::forma_core::Value<MonitorType> {
    fn from(v: MonitorType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for MonitorType {}

/// A key-value pair to associate with a resource.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceTag {
    props: ::forma_core::schema::Props,
}
impl ResourceTag {
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
impl ::std::convert::From<ResourceTag> for ::forma_core::Value<ResourceTag> {
    fn from(v: ResourceTag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESOURCE_TAG_TYPE.properties))
    }
}

/// The schema of `AWS::CE::AnomalyMonitor`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CE::AnomalyMonitor",
    properties: &[
        ::forma_core::schema::Property {
            name: "MonitorDimension",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["SERVICE", "LINKED_ACCOUNT", "TAG", "COST_CATEGORY"]),
        },
        ::forma_core::schema::Property {
            name: "MonitorName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[\\S\\s]*"),
                min_length: Some(0),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "MonitorSpecification",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MonitorType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Enum(&["DIMENSIONAL", "CUSTOM"]),
        },
        ::forma_core::schema::Property {
            name: "ResourceTags",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RESOURCE_TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(200) },
            ),
        },
    ],
    rules: &[],
    attributes: &["MonitorArn", "CreationDate", "LastEvaluatedDate", "LastUpdatedDate", "DimensionalValueCount"],
};

static RESOURCE_TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::CE::AnomalyMonitor.ResourceTag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^(?!aws:).*$"),
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
