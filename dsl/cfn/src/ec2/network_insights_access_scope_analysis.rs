// @generated from AWS::EC2::NetworkInsightsAccessScopeAnalysis (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::EC2::NetworkInsightsAccessScopeAnalysis` and its property types.

/// Resource schema for AWS::EC2::NetworkInsightsAccessScopeAnalysis
///
/// CloudFormation type `AWS::EC2::NetworkInsightsAccessScopeAnalysis`.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkInsightsAccessScopeAnalysis {
    props: ::forma_core::schema::Props,
}
impl NetworkInsightsAccessScopeAnalysis {
    /// A new resource with its required properties: `NetworkInsightsAccessScopeId`.
    #[track_caller]
    pub fn new(
        network_insights_access_scope_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, network_insights_access_scope_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for NetworkInsightsAccessScopeAnalysis {
    type Attributes = NetworkInsightsAccessScopeAnalysisAttributes;
    fn type_name(&self) -> &str {
        "AWS::EC2::NetworkInsightsAccessScopeAnalysis"
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
/// The attributes of a `AWS::EC2::NetworkInsightsAccessScopeAnalysis` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct NetworkInsightsAccessScopeAnalysisAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for NetworkInsightsAccessScopeAnalysisAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl NetworkInsightsAccessScopeAnalysisAttributes {
    /// `Fn::GetAtt` `NetworkInsightsAccessScopeAnalysisId`.
    pub fn network_insights_access_scope_analysis_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "NetworkInsightsAccessScopeAnalysisId")
    }
    /// `Fn::GetAtt` `NetworkInsightsAccessScopeAnalysisArn`.
    pub fn network_insights_access_scope_analysis_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "NetworkInsightsAccessScopeAnalysisArn")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `StatusMessage`.
    pub fn status_message(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StatusMessage")
    }
    /// `Fn::GetAtt` `StartDate`.
    pub fn start_date(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StartDate")
    }
    /// `Fn::GetAtt` `EndDate`.
    pub fn end_date(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "EndDate")
    }
    /// `Fn::GetAtt` `FindingsFound`.
    pub fn findings_found(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "FindingsFound")
    }
    /// `Fn::GetAtt` `AnalyzedEniCount`.
    pub fn analyzed_eni_count(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "AnalyzedEniCount")
    }
}

/// The `Tag` property type of `AWS::EC2::NetworkInsightsAccessScopeAnalysis`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`.
    pub fn new(key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        Self { props }
    }
    /// `Value`.
    pub fn value(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The schema of `AWS::EC2::NetworkInsightsAccessScopeAnalysis`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::EC2::NetworkInsightsAccessScopeAnalysis",
    properties: &[
        ::forma_core::schema::Property {
            name: "NetworkInsightsAccessScopeId",
            required: true,
            create_only: true,
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
    ],
    rules: &[],
    attributes: &[
        "NetworkInsightsAccessScopeAnalysisId",
        "NetworkInsightsAccessScopeAnalysisArn",
        "Status",
        "StatusMessage",
        "StartDate",
        "EndDate",
        "FindingsFound",
        "AnalyzedEniCount",
    ],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::EC2::NetworkInsightsAccessScopeAnalysis.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
